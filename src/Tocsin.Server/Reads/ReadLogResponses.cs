using Tocsin.Storage;
using Tocsin.Storage.Reads;

namespace Tocsin.Server.Reads;

/// <summary>One row of the read log as the API returns it; <c>readAt</c> is RFC 3339 UTC with microseconds.</summary>
public sealed record ReadLogEntryResponse(string Principal, Guid PrincipalId, string ObjectId, string Version, string Path, string ReadAt)
{
    /// <summary>The response for a stored row.</summary>
    public static ReadLogEntryResponse Of(ReadLogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.PrincipalName, entry.PrincipalId, entry.ObjectId, entry.VersionKey, entry.Path, DateAddedStamp.FromInstant(entry.ReadAt).ToTaxiiString());
    }
}

/// <summary>A page of the read log, oldest first; pass <c>next</c> back (with the same filters) while <c>more</c>.</summary>
public sealed record ReadLogPageResponse(IReadOnlyList<ReadLogEntryResponse> Reads, bool More, string? Next);
