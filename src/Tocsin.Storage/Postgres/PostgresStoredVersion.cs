namespace Tocsin.Storage.Postgres;

/// <summary>A version as stored (or as the batch is about to store it).</summary>
/// <param name="Row">Its row id.</param>
/// <param name="ContentHash">SHA-256 of its canonical form.</param>
/// <param name="DateAdded">Its stamp in the target collection; null when not a member.</param>
/// <param name="Deleted">Tombstoned in the target collection.</param>
/// <param name="IsNew">Written by this batch.</param>
internal sealed record StoredVersion(long Row, byte[] ContentHash, long? DateAdded, bool Deleted, bool IsNew);
