namespace Tocsin.Storage.Reads;

/// <summary>Who read: the principal's id and its name at the time (the log keeps the name after the principal is
/// removed). A null <paramref name="Name"/> is read from the principal as the row is written; the id's text when no
/// principal has that id.</summary>
public sealed record ReadLogReader(Guid PrincipalId, string? Name);
