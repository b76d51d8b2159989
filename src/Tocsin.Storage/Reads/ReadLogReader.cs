namespace Tocsin.Storage.Reads;

/// <summary>Who read: the principal's id and its name at the time (the log keeps the name after the principal is
/// removed).</summary>
public sealed record ReadLogReader(Guid PrincipalId, string Name);
