using Tocsin.Core;

namespace Tocsin.Storage.Sharing;

/// <summary>Tearline requests waiting for a second person (<see cref="TearlineRequest"/>). Each write is audited.</summary>
public interface ITearlineRequestStore
{
    /// <summary>Stores a new pending request (audit <c>tearline.request</c>).</summary>
    Task<Result<TearlineRequest>> AddAsync(TearlineRequest request, CancellationToken cancellationToken);

    /// <summary>The request, or null.</summary>
    Task<TearlineRequest?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Pending requests, oldest first.</summary>
    Task<IReadOnlyList<TearlineRequest>> ListPendingAsync(CancellationToken cancellationToken);

    /// <summary>Marks a pending request released by <paramref name="approver"/> with the tearline's id (audit
    /// <c>tearline.release</c>); <c>tearline-request-decided</c> when it is no longer pending,
    /// <c>tearline-request-not-found</c>.</summary>
    Task<Result<TearlineRequest>> MarkReleasedAsync(Guid id, Guid approver, string tearlineId, CancellationToken cancellationToken);
}
