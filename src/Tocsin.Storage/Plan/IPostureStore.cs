using Tocsin.Core;
using Tocsin.Core.Plan.Postures;

namespace Tocsin.Storage.Plan;

/// <summary>Protective postures with every state change (<see cref="PostureEvent"/>). Part of the storage
/// contract (<see cref="ITocsinStore.Postures"/>): both engines implement it. Times are kept to the
/// microsecond.</summary>
public interface IPostureStore
{
    /// <summary>Stores a new posture with its events. Fails with <c>posture-exists</c>; nothing is stored then.</summary>
    Task<Result<Posture>> AddAsync(Posture posture, CancellationToken cancellationToken);

    /// <summary>Records a state change: <paramref name="posture"/> is the stored posture after a transition, with
    /// its new events after the first <paramref name="expectedEventCount"/>. When the new events include an
    /// approval or a cancellation, one <see cref="PostureChange"/> per such event is written in the same
    /// transaction. Fails with <c>posture-not-found</c> or <c>posture-changed</c> (another writer recorded a
    /// change since it was read); nothing is stored then.</summary>
    Task<Result<Posture>> UpdateAsync(Posture posture, int expectedEventCount, CancellationToken cancellationToken);

    /// <summary>The posture with <paramref name="id"/> and its events, or null.</summary>
    Task<Posture?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Every posture of <paramref name="schemeId"/> (of every scheme when null), in the order they were
    /// proposed, each with its events.</summary>
    Task<IReadOnlyList<Posture>> ListAsync(string? schemeId, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> published changes with a sequence above <paramref name="afterSequence"/>,
    /// oldest first.</summary>
    Task<IReadOnlyList<PostureChange>> ChangesAfterAsync(long afterSequence, int limit, CancellationToken cancellationToken);
}
