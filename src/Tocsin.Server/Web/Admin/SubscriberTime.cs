using System.Globalization;

namespace Tocsin.Server.Web.Admin;

/// <summary>How the subscriber pages write a time: UTC, to the second (deliveries and retries come seconds apart).</summary>
public static class SubscriberTime
{
    /// <summary>e.g. <c>2024-03-24 19:30:05 UTC</c>.</summary>
    public static string Seconds(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
