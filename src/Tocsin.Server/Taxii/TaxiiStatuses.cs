using System.Globalization;
using Tocsin.Core.Stix;
using Tocsin.Storage;
using Tocsin.Storage.Taxii;

namespace Tocsin.Server.Taxii;

/// <summary>Turns what the store did with a POST into a TAXII status and its resource (TAXII 2.1 §4.3).</summary>
public static class TaxiiStatuses
{
    /// <summary>The status of one POST: added objects and identical duplicates are successes; conflicts,
    /// invalid objects and entries that are not objects are failures, each with its reason. Every object is
    /// processed before the answer, so nothing is pending.</summary>
    public static TaxiiStatus From(Guid ownerId, DateTimeOffset requested, TimeSpan lifetime, ImportResult result, IReadOnlyList<TaxiiStatusDetail> unreadable)
    {
        ArgumentNullException.ThrowIfNull(result);
        var successes = new List<TaxiiStatusDetail>();
        var failures = new List<TaxiiStatusDetail>(unreadable);
        foreach (var outcome in result.Outcomes)
        {
            var version = outcome.Version ?? string.Empty;
            switch (outcome.Kind)
            {
                case ObjectOutcomeKind.Added:
                case ObjectOutcomeKind.Duplicate:
                    successes.Add(new TaxiiStatusDetail(outcome.Id, version, null));
                    break;
                case ObjectOutcomeKind.Conflict:
                    failures.Add(new TaxiiStatusDetail(outcome.Id, version,
                        "conflict: different content is already stored under this id and version; a new version needs a new modified."));
                    break;
                case ObjectOutcomeKind.Rejected:
                    failures.Add(new TaxiiStatusDetail(outcome.Id, version, Problems(outcome.Issues)));
                    break;
            }
        }

        return new TaxiiStatus(Guid.NewGuid(), ownerId, requested, requested + lifetime, successes, failures, []);
    }

    /// <summary>The wire form of a status.</summary>
    public static StatusResource ToResource(TaxiiStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return new StatusResource(
            status.Id.ToString("D"),
            status.Status,
            DateAddedStamp.FromInstant(status.RequestTimestamp).ToTaxiiString(),
            status.TotalCount,
            status.Successes.Count,
            Details(status.Successes),
            status.Failures.Count,
            Details(status.Failures),
            status.Pendings.Count,
            Details(status.Pendings));
    }

    private static List<StatusDetailResource>? Details(IReadOnlyList<TaxiiStatusDetail> details) =>
        details.Count == 0 ? null : [.. details.Select(d => new StatusDetailResource(d.Id, d.Version, d.Message))];

    private static string Problems(IReadOnlyList<ValidationIssue> issues)
    {
        var errors = issues.Where(i => i.Severity == ValidationSeverity.Error).ToList();
        return errors.Count == 0
            ? "invalid object"
            : "invalid object: " + string.Join("; ", errors.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Path}: {e.Message} [{e.Rule}]")));
    }
}
