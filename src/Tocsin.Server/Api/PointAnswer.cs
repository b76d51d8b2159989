using System.Text.Json;
using Tocsin.Core;
using Tocsin.Core.Plan.Territories;
using Tocsin.Server.Feeds;
using Tocsin.Server.Plan;

namespace Tocsin.Server.Api;

/// <summary>The answer of the point look-up, shared by its endpoint and by <see cref="Snapshot.PublicSnapshotAnswers"/>,
/// so that the two give the same bytes for the same question.</summary>
public static class PointAnswer
{
    /// <summary>The territory of <paramref name="set"/> containing (<paramref name="lat"/>, <paramref name="lon"/>), or the
    /// nearest within 12 km of a coast, and the level in force there at <paramref name="when"/>. Fails with
    /// <c>coordinates-out-of-range</c> or <c>point-outside-territories</c>.</summary>
    public static Result<PointView> Locate(
        PlanDecisions plan, TerritorySet set, Func<Territory, LevelEntry> entryOf, string scheme, double lat, double lon, DateTimeOffset when)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(entryOf);
        var located = plan.Catalogue.LocatorOf(set).Locate(lat, lon);
        if (!located.IsSuccess)
        {
            return located.Error;
        }

        if (located.Value.Match == PointMatch.None)
        {
            return new Error("point-outside-territories", $"({lat}, {lon}) is in no territory of scheme '{scheme}', nor within 12 km of one.");
        }

        return new PointView(lat, lon, located.Value.Match.ToString().ToLowerInvariant(), located.Value.DistanceKm,
            [.. located.Value.Territories.Select(t => t.Id)], entryOf(located.Value.Territories[0]), scheme, when);
    }

    /// <summary><paramref name="view"/> as JSON, with the weak ETag of <paramref name="timeless"/> (the same view without the
    /// instant asked about: the content changes with decisions, not with the clock).</summary>
    public static (byte[] Bytes, string ETag) Json<T>(T view, T timeless, JsonSerializerOptions options) =>
        (JsonSerializer.SerializeToUtf8Bytes(view, options), "W/" + HttpCaching.ETagOf(JsonSerializer.SerializeToUtf8Bytes(timeless, options)));
}
