using Tocsin.Core.Ingest.Actors;
using Tocsin.Core.Ingest.Extraction;

namespace Tocsin.Core.Ingest.Drafting;

/// <summary>Everything the extractors found in one report, before it is written as STIX.</summary>
internal sealed record Findings(
    List<ActorMention> Actors,
    List<PartyMention> Parties,
    List<LocationMention> Locations,
    List<DateMention> Dates,
    List<IncidentFinding> Incidents,
    List<AssertionFinding> Assertions,
    List<LevelChangeFinding> LevelChanges,
    List<QuoteFinding> Quotes);
