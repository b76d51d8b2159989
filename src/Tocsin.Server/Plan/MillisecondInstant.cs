using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tocsin.Server.Plan;

/// <summary>The instant a levels answer is for, written in UTC at fixed millisecond precision
/// (<c>2026-12-07T06:16:44.120Z</c>, RFC 3339 §5.6). The serializer's own format drops trailing zeros, so two answers
/// asked a moment apart differed in length, and a HEAD announced another Content-Length than the GET it stands for.</summary>
public sealed class MillisecondInstant : JsonConverter<DateTimeOffset>
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    /// <summary><paramref name="instant"/> in UTC, truncated to the millisecond: what the answer says it is for.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset instant) =>
        new(instant.UtcTicks - (instant.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);

    /// <summary><paramref name="instant"/> as a JSON string, quotes included.</summary>
    public static byte[] Json(DateTimeOffset instant) => Encoding.ASCII.GetBytes($"\"{Text(instant)}\"");

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Text(value));

    private static string Text(DateTimeOffset instant) => Truncate(instant).ToString(Format, CultureInfo.InvariantCulture);
}
