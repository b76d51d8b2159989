using System.Globalization;
using System.Text;

namespace Tocsin.Server.ShareLog;

/// <summary>The share log as CSV (RFC 4180): a header line, then one line per row; times RFC 3339 UTC with
/// microseconds; a field holding a comma, a quote or a line break is quoted.</summary>
public static class ShareLogCsv
{
    /// <summary>The header line.</summary>
    public const string Header = "shared_at,partner,object_id,version";

    /// <summary>The whole document.</summary>
    public static string Write(IReadOnlyList<ShareLogRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder(Header).Append("\r\n");
        foreach (var row in rows)
        {
            text.Append(Field(row.SharedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture))).Append(',')
                .Append(Field(row.Partner)).Append(',').Append(Field(row.ObjectId)).Append(',').Append(Field(row.Version)).Append("\r\n");
        }

        return text.ToString();
    }

    // A leading = + - @ would be read as a formula by a spreadsheet: such a field is quoted with a leading apostrophe.
    private static string Field(string value)
    {
        var safe = value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 || safe != value ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
