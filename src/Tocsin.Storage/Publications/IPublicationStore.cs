using Tocsin.Core;

namespace Tocsin.Storage.Publications;

/// <summary>Published CAP messages, in publication order. Part of the storage contract
/// (<see cref="ITocsinStore.Publications"/>): both engines implement it.</summary>
public interface IPublicationStore
{
    /// <summary>Stores a message and returns it with its assigned sequence. Fails with
    /// <c>publication-identifier-taken</c> when the identifier exists.</summary>
    Task<Result<Publication>> AddAsync(Publication publication, CancellationToken cancellationToken);

    /// <summary>The message with this CAP identifier, or null.</summary>
    Task<Publication?> FindAsync(string identifier, CancellationToken cancellationToken);

    /// <summary>Messages with a sequence greater than <paramref name="afterSequence"/>, oldest first, at most
    /// <paramref name="limit"/>: how consumers follow new publications.</summary>
    Task<IReadOnlyList<Publication>> ListAfterAsync(long afterSequence, int limit, CancellationToken cancellationToken);

    /// <summary>The newest Actual, Public messages, newest first, at most <paramref name="limit"/>: the public feed.</summary>
    Task<IReadOnlyList<Publication>> LatestPublicAsync(int limit, CancellationToken cancellationToken);

    /// <summary>The messages publishing a decision, oldest first.</summary>
    Task<IReadOnlyList<Publication>> ForDecisionAsync(Guid decisionId, CancellationToken cancellationToken);
}
