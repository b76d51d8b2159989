namespace Tocsin.Core.Ingest.Actors;

/// <summary>An actor named in the text: a designated organisation, a known store actor, or both (neither for
/// a group no list names). <see cref="Within"/> is set on a parent named inside its branch's name ("the Afghan
/// branch of the Islamic State"): an actor of the report, but the branch is the one that acts.</summary>
internal sealed record ActorMention(string Name, DesignatedOrganisation? Organisation, KnownActor? Known, TextSpan Span, int FirstToken, int Confidence, ActorMention? Within = null)
{
    /// <summary>A key identifying the actor across mentions.</summary>
    public string Key => Known?.Id ?? Organisation?.Key ?? Name;
}
