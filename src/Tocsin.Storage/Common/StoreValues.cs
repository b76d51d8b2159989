namespace Tocsin.Storage.Common;

/// <summary>How both schemas store ids and times: UUIDs as lower-case "D" text, instants as microseconds since
/// the Unix epoch.</summary>
internal static class StoreValues
{
    public static string Text(Guid id) => id.ToString("D");

    public static DateTimeOffset InstantOf(long micros) => new DateAddedStamp(micros).Instant;
}
