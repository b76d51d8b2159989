using System.Globalization;
using Tocsin.Core.Stix;

namespace Tocsin.Server.Web.Analyst.Authoring;

/// <summary>Times on the authoring forms: a <c>datetime-local</c> input holds UTC as <c>yyyy-MM-ddTHH:mm</c>.</summary>
public static class FormTime
{
    /// <summary>A stored STIX timestamp as the input shows it; blank when there is none.</summary>
    public static string? ForInput(string? stix) =>
        StixTimestamp.TryParse(stix, out var stamp) ? stamp.Instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) : stix;

    /// <summary>An instant as the input shows it.</summary>
    public static string ForInput(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
}
