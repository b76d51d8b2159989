using Tocsin.Core;

namespace Tocsin.Storage.Reads;

/// <summary>What to select from the read log; every filter is optional and they combine with AND.</summary>
public sealed record ReadLogQuery
{
    /// <summary>Most rows one page may hold.</summary>
    public const int MaxLimit = 1000;

    /// <summary>Rows read by the principal of this name.</summary>
    public string? Principal { get; init; }

    /// <summary>Rows of this STIX id.</summary>
    public string? ObjectId { get; init; }

    /// <summary>Rows read through this path (<see cref="ReadPaths"/>).</summary>
    public string? Path { get; init; }

    /// <summary>Rows read at or after this instant.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Rows read before this instant (exclusive).</summary>
    public DateTimeOffset? Until { get; init; }

    /// <summary>Continue after this sequence (a page's <see cref="ReadLogPage.Next"/>).</summary>
    public long? After { get; init; }

    /// <summary>Rows per page, 1 to <see cref="MaxLimit"/>.</summary>
    public int Limit { get; init; } = 100;

    /// <summary>The filters, as the audit entry of a read of the log records them and as a paging cursor is bound to.</summary>
    public string Scope => string.Join('\n', Principal, ObjectId, Path, Since?.UtcTicks, Until?.UtcTicks);

    /// <summary>A <c>read-log-filter-invalid</c> error when the filters cannot select anything meaningful, else null.</summary>
    public Error? Check()
    {
        if (Path is not null && !ReadPaths.IsKnown(Path))
        {
            return ReadLogErrors.FilterInvalid($"path must be one of {string.Join(", ", ReadPaths.All)}.");
        }

        if (Since is { } since && Until is { } until && until < since)
        {
            return ReadLogErrors.FilterInvalid("until is before since.");
        }

        return Limit is < 1 or > MaxLimit ? ReadLogErrors.FilterInvalid($"limit must be between 1 and {MaxLimit}.") : null;
    }
}
