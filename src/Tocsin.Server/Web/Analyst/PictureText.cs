using System.Globalization;
using Tocsin.Core.Stix;

namespace Tocsin.Server.Web.Analyst;

/// <summary>How the incident and actor pages write STIX values: an instant in UTC as <c>2024-03-22 17:00</c>, a dash
/// for a value the object does not carry.</summary>
internal static class PictureText
{
    public static string Instant(string? stix) =>
        StixTimestamp.TryParse(stix, out var parsed) ? parsed.Instant.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "—";
}
