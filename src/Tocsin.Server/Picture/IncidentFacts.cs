using Tocsin.Core.Stix;

namespace Tocsin.Server.Picture;

/// <summary>What an incident version says about itself, read from the OASIS Incident Core Extension
/// (<c>determination</c>, <c>investigation_status</c>) and Tocsin's terrorism extension (attack and target types,
/// weapons, killed, injured, start), each property absent when the object does not carry it.</summary>
/// <param name="When">The start of the attack (terrorism extension <c>started_at</c>), else <c>first_seen</c>, else
/// <c>created</c>: the date the list sorts and filters by.</param>
/// <param name="Outcome">completed, attempted or foiled (<see cref="IncidentOutcome"/>), null when not determined.</param>
/// <param name="Determination">The Incident Core Extension's value as stored.</param>
/// <param name="InvestigationStatus">The Incident Core Extension's value as stored.</param>
/// <param name="AttackTypes">Open vocabulary of the terrorism extension.</param>
/// <param name="TargetTypes">Open vocabulary of the terrorism extension.</param>
/// <param name="Weapons">Open vocabulary of the terrorism extension.</param>
/// <param name="Killed">People killed, when known.</param>
/// <param name="Injured">People injured, when known.</param>
/// <param name="PerpetratorCount">Perpetrators, when known.</param>
public sealed record IncidentFacts(
    StixTimestamp? When,
    string? Outcome,
    string? Determination,
    string? InvestigationStatus,
    IReadOnlyList<string> AttackTypes,
    IReadOnlyList<string> TargetTypes,
    IReadOnlyList<string> Weapons,
    int? Killed,
    int? Injured,
    int? PerpetratorCount)
{
    /// <summary>The facts of <paramref name="incident"/>.</summary>
    public static IncidentFacts Of(StixObject incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var core = StixFields.Extension(incident.Root, TocsinExtensions.OasisIncidentCoreId);
        var terrorism = StixFields.Extension(incident.Root, TocsinExtensions.TerrorismIncidentId);
        var determination = StixFields.Text(core, "determination");
        return new IncidentFacts(
            Timestamp(StixFields.Text(terrorism, "started_at")) ?? Timestamp(StixFields.Text(incident.Root, "first_seen")) ?? incident.Created,
            IncidentOutcome.OfDetermination(determination),
            determination,
            StixFields.Text(core, "investigation_status"),
            StixFields.Texts(terrorism, "attack_types"),
            StixFields.Texts(terrorism, "target_types"),
            StixFields.Texts(terrorism, "weapons"),
            StixFields.Integer(terrorism, "killed"),
            StixFields.Integer(terrorism, "injured"),
            StixFields.Integer(terrorism, "perpetrator_count"));
    }

    /// <summary>The ids of the incident's places: <c>location_refs</c> on the object or in either extension, then the
    /// targets of its <c>located-at</c> relationships, each once; only those <paramref name="snapshot"/> holds.</summary>
    public static IReadOnlyList<string> LocationIds(StixObject incident, PictureSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(snapshot);
        var named = StixFields.Texts(incident.Root, "location_refs")
            .Concat(StixFields.Texts(StixFields.Extension(incident.Root, TocsinExtensions.OasisIncidentCoreId), "location_refs"))
            .Concat(StixFields.Texts(StixFields.Extension(incident.Root, TocsinExtensions.TerrorismIncidentId), "location_refs"))
            .Concat(snapshot.From(incident.Id, "located-at").Select(r => StixFields.Text(r.Root, "target_ref")!));
        return [.. named.Distinct(StringComparer.Ordinal).Where(id => snapshot.Find(id) is { Type: "location" })];
    }

    private static StixTimestamp? Timestamp(string? text) => StixTimestamp.TryParse(text, out var parsed) ? parsed : null;
}
