using Tocsin.Core;
using Tocsin.Core.Plan.Recipients;
using Tocsin.Storage;
using Tocsin.Storage.Recipients;

namespace Tocsin.Server.Recipients;

/// <summary>Computes the coverage of a posture from the messages sent and the latest report per recipient and
/// measure. A recipient counts under each of its sectors (<c>none</c> when it has none); a measure counts under
/// each territory the posture applies it to.</summary>
public sealed class PostureCoverage(ITocsinStore store)
{
    /// <summary>The coverage of <paramref name="postureId"/>. Fails with <c>posture-not-found</c>.</summary>
    public async Task<Result<PostureCoverageView>> ForAsync(Guid postureId, CancellationToken cancellationToken)
    {
        var posture = await store.Postures.FindAsync(postureId, cancellationToken);
        if (posture is null)
        {
            return new Error("posture-not-found", $"No posture has id {postureId:D}.");
        }

        var messages = await store.Recipients.MessagesAsync(postureId, cancellationToken);
        var reports = (await store.Recipients.ReportsAsync(postureId, latestOnly: true, cancellationToken))
            .ToDictionary(r => (r.SubscriberId, r.MeasureId), r => r.Status);
        var subscribers = (await store.Webhooks.ListSubscribersAsync(includeDisabled: true, cancellationToken)).ToDictionary(s => s.Id);
        var territoriesOf = posture.Measures.GroupBy(m => m.MeasureId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(m => m.TerritoryIds).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var pairs = new List<(string[] Sectors, string[] Territories, ImplementationStatus? Status)>();
        var recipients = new List<CoverageRecipient>();
        foreach (var group in messages.GroupBy(m => m.SubscriberId))
        {
            var addressed = group.LastOrDefault(m => m.Kind != PostureMessageKind.Reminder);
            if (addressed is null || !subscribers.TryGetValue(group.Key, out var subscriber))
            {
                continue;
            }

            string[] sectors = subscriber.Sectors.Count == 0 ? ["none"] : [.. subscriber.Sectors];
            var answered = 0;
            foreach (var measure in addressed.MeasureIds)
            {
                ImplementationStatus? status = reports.TryGetValue((group.Key, measure), out var s) ? s : null;
                answered += status is null ? 0 : 1;
                pairs.Add((sectors, [.. territoriesOf.GetValueOrDefault(measure) ?? []], status));
            }

            var reminded = group.Where(m => m.Kind == PostureMessageKind.Reminder).Select(m => (DateTimeOffset?)m.CreatedAt).LastOrDefault();
            recipients.Add(new CoverageRecipient(subscriber.Id, subscriber.Name, subscriber.Sectors, addressed.MeasureIds.Count, answered, reminded));
        }

        recipients.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return new PostureCoverageView(postureId, Count("all", pairs.Select(p => p.Status)),
            CountBy(pairs.SelectMany(p => p.Sectors.Select(k => (k, p.Status)))),
            CountBy(pairs.SelectMany(p => p.Territories.Select(k => (k, p.Status)))),
            recipients, [.. recipients.Where(r => r.Answered == 0)]);
    }

    private static List<CoverageCounts> CountBy(IEnumerable<(string Key, ImplementationStatus? Status)> items) =>
        [.. items.GroupBy(i => i.Key, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Count(g.Key, g.Select(i => i.Status)))];

    private static CoverageCounts Count(string key, IEnumerable<ImplementationStatus?> statuses)
    {
        var list = statuses.ToList();
        return new CoverageCounts(key, list.Count(s => s == ImplementationStatus.Implemented), list.Count(s => s == ImplementationStatus.Partial),
            list.Count(s => s == ImplementationStatus.NotPossible), list.Count(s => s is null));
    }
}
