using System.Text.Json;
using Tocsin.Core.Audit;
using Tocsin.Storage;

namespace Tocsin.Server.Notifications;

/// <summary>Decision writes read from the audit log. Every write to a decision appends one audit entry in its own
/// transaction, so the log's sequence is a change feed shared by every node on the database: following it from a
/// cursor misses nothing written by any node, and nothing is kept in one process's memory.</summary>
public sealed class DecisionChangeFeed(ITocsinStore store)
{
    /// <summary>The last sequence written so far (0 for an empty log): where a new follower starts.</summary>
    public async Task<long> HeadAsync(CancellationToken cancellationToken) => (await store.Audit.HeadAsync(cancellationToken))?.Sequence ?? 0;

    /// <summary>The decision changes among the next <paramref name="limit"/> audit entries after <paramref name="sequence"/>,
    /// and the last sequence read (<paramref name="sequence"/> when there were none).</summary>
    public async Task<(IReadOnlyList<DecisionChange> Changes, long Last)> AfterAsync(long sequence, int limit, CancellationToken cancellationToken)
    {
        var changes = new List<DecisionChange>();
        var last = sequence;
        await foreach (var entry in store.Audit.ReadAsync(sequence + 1, limit, cancellationToken))
        {
            last = entry.Sequence;
            if (string.Equals(entry.Action, AuditActions.DecisionChange, StringComparison.Ordinal))
            {
                changes.Add(Parse(entry));
            }
        }

        return (changes, last);
    }

    private static DecisionChange Parse(AuditEntry entry)
    {
        using var details = JsonDocument.Parse(entry.Details);
        var root = details.RootElement;
        var kinds = root.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("kind").GetString()!).ToList();
        var territories = root.GetProperty("territories").EnumerateArray().Select(t => t.GetString()!).ToList();
        return new DecisionChange(entry.Sequence, Guid.Parse(entry.Subject), kinds, root.GetProperty("exercise").GetBoolean(),
            root.GetProperty("scheme").GetString()!, root.GetProperty("level").GetString()!, territories);
    }
}
