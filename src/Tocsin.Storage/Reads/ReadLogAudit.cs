using System.Globalization;
using System.Text.Json.Nodes;
using Tocsin.Core.Audit;

namespace Tocsin.Storage.Reads;

/// <summary>The audit entries of the read log (docs/read-log.md): a recorded read, and a look at the log itself.</summary>
internal static class ReadLogAudit
{
    /// <summary>A member of staff was served versions on the record (one entry per response; subject: the principal's id).</summary>
    public const string Recorded = "read.recorded";

    /// <summary>An administrator read a page of the read log, or exported it (subject: empty; details: the filters).</summary>
    public const string Viewed = "readlog.view";

    /// <summary>The filters of a look at the log, as its audit entry holds them.</summary>
    public static AuditRecord OfView(ReadLogQuery query, string? format, int? count)
    {
        var details = new JsonObject();
        Add(details, "principal", query.Principal);
        Add(details, "object_id", query.ObjectId);
        Add(details, "path", query.Path);
        Add(details, "since", query.Since is { } since ? DateAddedStamp.FromInstant(since).ToTaxiiString() : null);
        Add(details, "until", query.Until is { } until ? DateAddedStamp.FromInstant(until).ToTaxiiString() : null);
        Add(details, "after", query.After?.ToString(CultureInfo.InvariantCulture));
        Add(details, "format", format);
        if (count is { } rows)
        {
            details["count"] = rows;
        }

        return AuditRecord.Of(Viewed, "", details);
    }

    private static void Add(JsonObject details, string name, string? value)
    {
        if (value is not null)
        {
            details[name] = value;
        }
    }
}
