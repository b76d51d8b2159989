using Tocsin.Core;
using Tocsin.Core.Plan.Decisions;
using Tocsin.Storage.Publications;

namespace Tocsin.Storage.Plan;

/// <summary>Alert-plan decisions with every state change (<see cref="DecisionEvent"/>). Part of the storage
/// contract (<see cref="ITocsinStore.Plan"/>): both engines implement it. A decision's state change and the
/// CAP messages it publishes are written in one transaction, together or not at all. Times are kept to the
/// microsecond.</summary>
public interface IPlanStore
{
    /// <summary>Stores a new decision with its events and, for a decision that is already approved (an
    /// import of history), the messages publishing it. Fails with <c>decision-exists</c> or
    /// <c>publication-identifier-taken</c>; nothing is stored then.</summary>
    Task<Result<Decision>> AddAsync(Decision decision, IReadOnlyList<Publication> publications, CancellationToken cancellationToken);

    /// <summary>Records a state change: <paramref name="decision"/> is the stored decision after a transition,
    /// with its new events after the first <paramref name="expectedEventCount"/>. Only the state (status,
    /// approver and time, cancellation time, reason) changes; the proposal itself is never rewritten.
    /// Fails with <c>decision-not-found</c>, <c>decision-changed</c> (another writer recorded a change since
    /// the decision was read: the stored events are not <paramref name="expectedEventCount"/>) or
    /// <c>publication-identifier-taken</c>; nothing is stored then.</summary>
    Task<Result<Decision>> UpdateAsync(Decision decision, int expectedEventCount, IReadOnlyList<Publication> publications, CancellationToken cancellationToken);

    /// <summary>Those of <paramref name="stixIds"/> that name no object version in the store (in any collection,
    /// tombstoned or not): evidence a decision cannot cite.</summary>
    Task<IReadOnlyList<string>> MissingObjectsAsync(IReadOnlyList<string> stixIds, CancellationToken cancellationToken);

    /// <summary>The decision with <paramref name="id"/> and its events, or null.</summary>
    Task<Decision?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Every decision of <paramref name="schemeId"/> (of every scheme when null), in the order they
    /// were proposed, each with its events.</summary>
    Task<IReadOnlyList<Decision>> ListAsync(string? schemeId, CancellationToken cancellationToken);
}
