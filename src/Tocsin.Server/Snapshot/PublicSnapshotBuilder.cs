using System.Text.Json;
using Tocsin.Core.Plan.Decisions;
using Tocsin.Core.Plan.Schemes;
using Tocsin.Server.Feeds;
using Tocsin.Server.Plan;
using Tocsin.Storage;
using Tocsin.Storage.Publications;

namespace Tocsin.Server.Snapshot;

/// <summary>Reads the store once and writes every public answer that does not depend on the request, exactly as the
/// endpoints wrote them per request before (same serializer options, same feed writer, same ETags).</summary>
public sealed class PublicSnapshotBuilder(ITocsinStore store, PlanDecisions plan, CapFeed feed, JsonSerializerOptions json)
{
    // A publication stored between the two reads of the messages is read again, so the levels and the feed
    // agree; after this many tries the snapshot is built anyway and the next refresh catches up.
    private const int Attempts = 3;

    /// <summary>The public snapshot as of now.</summary>
    public async Task<PublicSnapshot> BuildAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            // Messages first, then decisions, then the newest message again: an approval stores its decision and its
            // message in one transaction, so equal sequences mean the decisions read belong to those messages.
            var latest = await store.Publications.LatestPublicAsync(CapFeed.Size, cancellationToken);
            var now = plan.Now();
            var states = new List<PlanState>();
            foreach (var scheme in plan.Catalogue.Schemes)
            {
                states.Add((await plan.StateAsync(scheme.Id, DecisionTrack.Live, cancellationToken))!);
            }

            var again = await store.Publications.LatestPublicAsync(1, cancellationToken);
            if (SequenceOf(again) == SequenceOf(latest) || attempt == Attempts)
            {
                return Build(latest, states, now);
            }
        }
    }

    /// <summary>The sequence of the newest of <paramref name="latest"/>, 0 when there is none.</summary>
    public static long SequenceOf(IReadOnlyList<Publication> latest)
    {
        ArgumentNullException.ThrowIfNull(latest);
        return latest.Count == 0 ? 0 : latest[0].Sequence;
    }

    private PublicSnapshot Build(IReadOnlyList<Publication> latest, IReadOnlyList<PlanState> states, DateTimeOffset now)
    {
        var feedBytes = feed.Write(latest);
        return new PublicSnapshot
        {
            Sequence = SequenceOf(latest),
            BuiltAt = now,
            ValidUntil = states.Select(s => NextChange(s, now)).DefaultIfEmpty(DateTimeOffset.MaxValue).Min(),
            Schemes = states.ToDictionary(s => s.Scheme.Id, s => Scheme(s, now), StringComparer.Ordinal),
            Feed = new PublicDocument(feedBytes, HttpCaching.ETagOf(feedBytes)),
            Messages = latest.DistinctBy(p => p.Identifier, StringComparer.Ordinal)
                .ToDictionary(p => p.Identifier, p => Document(p.Xml.ToArray()), StringComparer.Ordinal),
        };
    }

    private SchemeSnapshot Scheme(PlanState state, DateTimeOffset now)
    {
        AlertScheme scheme = state.Scheme;
        var set = plan.Catalogue.TerritoriesOf(scheme);
        var view = PlanStatus.Levels(scheme, set, state, now);
        // The answer is the timeless one (at = default, which its ETag is computed over) with the request's instant in
        // place of the default: one search here instead of a serialization per request.
        var timeless = JsonSerializer.SerializeToUtf8Bytes(view with { At = default }, json);
        var placeholder = MillisecondInstant.Json(default);
        var index = timeless.AsSpan().IndexOf(placeholder);
        if (index < 0 || timeless.AsSpan().LastIndexOf(placeholder) != index)
        {
            throw new InvalidOperationException($"The levels of scheme '{scheme.Id}' do not hold their instant exactly once.");
        }

        var overdue = state.OverdueForReview(now).Select(d => d.Id).ToHashSet();
        return new SchemeSnapshot
        {
            Scheme = scheme,
            Territories = set,
            LevelsBeforeAt = timeless[..index],
            LevelsAfterAt = timeless[(index + placeholder.Length)..],
            LevelsETag = "W/" + HttpCaching.ETagOf(timeless),
            Entries = set.Territories.ToDictionary(t => t.Id, t => PlanStatus.Entry(t, state, now, overdue), StringComparer.Ordinal),
        };
    }

    // Levels change with time only where a live decision starts, ends or passes its review-by time.
    private static DateTimeOffset NextChange(PlanState state, DateTimeOffset now) =>
        state.Periods.SelectMany(p => new[] { p.Start, p.End, p.Decision.ReviewBy })
            .Where(t => t > now).Select(t => t!.Value).DefaultIfEmpty(DateTimeOffset.MaxValue).Min();

    private static PublicDocument Document(byte[] bytes) => new(bytes, HttpCaching.ETagOf(bytes));
}
