namespace Tocsin.Server.ShareLog;

/// <summary>One version served to one partner, and when (UTC, microseconds).</summary>
public sealed record ShareLogRow(string Partner, string ObjectId, string Version, DateTimeOffset SharedAt)
{
    /// <summary>The row's place in the report's order: time, then partner, object and version.</summary>
    public string Position => string.Join('\n', SharedAt.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture), Partner, ObjectId, Version);

    /// <summary>Orders rows by <see cref="Position"/>'s fields.</summary>
    public static int Compare(ShareLogRow a, ShareLogRow b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var byTime = a.SharedAt.UtcTicks.CompareTo(b.SharedAt.UtcTicks);
        return byTime != 0 ? byTime
            : string.CompareOrdinal(a.Partner, b.Partner) is var byPartner and not 0 ? byPartner
            : string.CompareOrdinal(a.ObjectId, b.ObjectId) is var byObject and not 0 ? byObject
            : string.CompareOrdinal(a.Version, b.Version);
    }
}
