using Tocsin.Server.Plan;
using Tocsin.Storage;

namespace Tocsin.Server.Snapshot;

/// <summary>The current <see cref="PublicSnapshot"/> of this node. A request reads one reference; a rebuild replaces it
/// with one assignment, so no reader ever sees half a publication. Rebuilt when this node publishes (before the
/// approval is answered, so its author reads the new level at once), when <see cref="PublicSnapshotRefresh"/> finds a
/// newer message another node or process stored, and when time reaches a decision's start, end or review-by.</summary>
public sealed class PublicSnapshots(ITocsinStore store, PlanDecisions plan, PublicSnapshotBuilder builder) : IDisposable
{
    private readonly SemaphoreSlim _building = new(1, 1);
    private volatile PublicSnapshot? _current;
    private TaskCompletionSource<PublicSnapshot> _replaced = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _requested;
    private long _satisfied;

    /// <summary>The snapshot served now, null before the first is built.</summary>
    public PublicSnapshot? Current => _current;

    /// <summary>Completes with the next snapshot once one replaces the current one.</summary>
    public Task<PublicSnapshot> ReplacedAsync() => Volatile.Read(ref _replaced).Task;

    /// <summary>The snapshot that holds at <paramref name="now"/>: the current one, or a new one when time has passed
    /// its <see cref="PublicSnapshot.ValidUntil"/> (or none was built yet).</summary>
    public ValueTask<PublicSnapshot> AtAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var current = _current;
        return current is not null && now < current.ValidUntil ? ValueTask.FromResult(current) : new ValueTask<PublicSnapshot>(RebuildAsync(cancellationToken));
    }

    /// <summary>Rebuilds from the store. Concurrent calls share a build when it started after they were made: that
    /// build read everything they wanted read.</summary>
    public async Task<PublicSnapshot> RebuildAsync(CancellationToken cancellationToken)
    {
        var ticket = Interlocked.Increment(ref _requested);
        await _building.WaitAsync(cancellationToken);
        try
        {
            if (Interlocked.Read(ref _satisfied) >= ticket && _current is { } fresh)
            {
                return fresh;
            }

            var covered = Interlocked.Read(ref _requested);
            var built = await builder.BuildAsync(cancellationToken);
            _current = built;
            Interlocked.Exchange(ref _satisfied, covered);
            Interlocked.Exchange(ref _replaced, new TaskCompletionSource<PublicSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(built);
            return built;
        }
        finally
        {
            _building.Release();
        }
    }

    /// <summary>Rebuilds when the store holds a public message this snapshot lacks (another node, or the CLI, published)
    /// or when time has passed <see cref="PublicSnapshot.ValidUntil"/>; one indexed query otherwise.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var newest = PublicSnapshotBuilder.SequenceOf(await store.Publications.LatestPublicAsync(1, cancellationToken));
        var current = _current;
        if (current is null || current.Sequence != newest || plan.Now() >= current.ValidUntil)
        {
            await RebuildAsync(cancellationToken);
        }
    }

    /// <summary>Releases the build gate.</summary>
    public void Dispose() => _building.Dispose();
}
