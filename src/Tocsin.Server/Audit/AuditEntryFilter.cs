using System.Globalization;
using Tocsin.Core;

namespace Tocsin.Server.Audit;

/// <summary>What a browse of the audit log selects: an action (exact, e.g. <c>principal.roles</c>), an actor (as the
/// log records it: a principal id, <c>cli:&lt;user&gt;</c> or <c>system</c>), a subject (exact), and where to start
/// (a sequence, from 1). <see cref="Limit"/> entries at most come back.</summary>
public sealed record AuditEntryFilter
{
    /// <summary>The largest page.</summary>
    public const int MaxLimit = 500;

    /// <summary>Only entries of this action; null for all.</summary>
    public string? Action { get; init; }

    /// <summary>Only entries written by this actor; null for all.</summary>
    public string? Actor { get; init; }

    /// <summary>Only entries about this subject; null for all.</summary>
    public string? Subject { get; init; }

    /// <summary>The first sequence to look at.</summary>
    public long From { get; init; } = 1;

    /// <summary>The most entries on a page.</summary>
    public int Limit { get; init; } = 100;

    /// <summary>The filter as the API and the page receive it (text), or one <c>audit-filter-invalid</c> error (a 400).</summary>
    public static Result<AuditEntryFilter> Parse(string? action, string? actor, string? subject, string? from, string? limit)
    {
        var start = 1L;
        if (!string.IsNullOrWhiteSpace(from) && (!long.TryParse(from, NumberStyles.None, CultureInfo.InvariantCulture, out start) || start < 1))
        {
            return Invalid("from (or next) must be a sequence number, 1 or more.");
        }

        var size = 100;
        if (!string.IsNullOrWhiteSpace(limit) && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > MaxLimit))
        {
            return Invalid($"limit must be a whole number between 1 and {MaxLimit}.");
        }

        return new AuditEntryFilter { Action = Blank(action), Actor = Blank(actor), Subject = Blank(subject), From = start, Limit = size };
    }

    /// <summary><c>audit-filter-invalid</c>: a filter of a browse of the audit log cannot be used.</summary>
    public static Error Invalid(string why) => new("audit-filter-invalid", "The audit filter is invalid: " + why) { Kind = ErrorKind.Malformed };

    /// <summary>Whether <paramref name="entry"/> passes the filter.</summary>
    public bool Selects(Core.Audit.AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return (Action is null || string.Equals(entry.Action, Action, StringComparison.Ordinal))
            && (Actor is null || string.Equals(entry.Actor, Actor, StringComparison.Ordinal))
            && (Subject is null || string.Equals(entry.Subject, Subject, StringComparison.Ordinal));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
