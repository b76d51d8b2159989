namespace Tocsin.Server.ShareLog;

/// <summary>A page of the share log, oldest first; <c>next</c> continues it with the same filters, null on the last page.</summary>
public sealed record ShareLogPageResponse(IReadOnlyList<ShareLogRow> Items, string? Next);
