using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Tocsin.Core.Plan.Postures;
using Tocsin.Core.Plan.Recipients;
using Tocsin.Storage.Recipients;
using Tocsin.Storage.Webhooks;

namespace Tocsin.Server.Recipients;

/// <summary>Writes the JSON body of a posture message (docs/recipients.md, "Message format"): the posture, the
/// recipient, ONLY the measures addressed to it (restricted ones included, with their territories and dates),
/// and where to report. Times are RFC 3339 UTC with milliseconds.</summary>
public static class PostureMessageBody
{
    /// <summary>The media type of a posture message.</summary>
    public const string MediaType = "application/json";

    /// <summary>The body of message <paramref name="messageId"/> to <paramref name="subscriber"/>.</summary>
    public static byte[] Write(Guid messageId, PostureMessageKind kind, Posture posture, Subscriber subscriber,
        IReadOnlyList<AddressedMeasure> measures, string reportUrl, string reportApi, DateTimeOffset linkExpiresAt)
    {
        ArgumentNullException.ThrowIfNull(posture);
        ArgumentNullException.ThrowIfNull(subscriber);
        ArgumentNullException.ThrowIfNull(measures);
        var body = new JsonObject
        {
            ["type"] = "tocsin.posture." + KindName(kind),
            ["message"] = messageId.ToString("D"),
            ["posture"] = new JsonObject
            {
                ["id"] = posture.Id.ToString("D"),
                ["scheme"] = posture.SchemeId,
                ["titles"] = Texts(posture.Titles),
                ["level"] = posture.LevelKey,
                ["territories"] = Ids(posture.TerritoryIds),
                ["starts_at"] = Time(posture.StartsAt),
                ["ends_at"] = posture.EndsAt is { } end ? Time(end) : null,
                ["cancelled_at"] = posture.CancelledAt is { } cancelled ? Time(cancelled) : null,
                ["authority"] = posture.Authority,
                ["exercise"] = posture.IsExercise,
            },
            ["recipient"] = new JsonObject
            {
                ["id"] = subscriber.Id.ToString("D"),
                ["name"] = subscriber.Name,
                ["sectors"] = Ids(subscriber.Sectors),
                ["groups"] = Ids(subscriber.Groups),
            },
            ["measures"] = new JsonArray([.. measures.Select(Measure)]),
            ["report"] = new JsonObject
            {
                ["url"] = reportUrl,
                ["api"] = reportApi,
                ["expires_at"] = Time(linkExpiresAt),
            },
        };
        return JsonSerializer.SerializeToUtf8Bytes(body);
    }

    /// <summary>The message kind as it appears in <c>type</c>: <c>approved</c>, <c>cancelled</c> or <c>reminder</c>.</summary>
    public static string KindName(PostureMessageKind kind) => kind switch
    {
        PostureMessageKind.Approved => "approved",
        PostureMessageKind.Cancelled => "cancelled",
        PostureMessageKind.Reminder => "reminder",
    };

    private static JsonNode Measure(AddressedMeasure addressed) => new JsonObject
    {
        ["id"] = addressed.Measure.Id,
        ["domain"] = addressed.Measure.Domain.ToString(),
        ["titles"] = Texts(addressed.Measure.Titles),
        ["public"] = addressed.Measure.IsPublic,
        ["sectors"] = Ids(addressed.Measure.Sectors),
        ["groups"] = Ids(addressed.Measure.RecipientGroups),
        ["territories"] = Ids(addressed.TerritoryIds),
        ["from"] = Time(addressed.From),
        ["until"] = addressed.Until is { } until ? Time(until) : null,
    };

    private static JsonObject Texts(IReadOnlyDictionary<string, string> texts) =>
        new([.. texts.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => KeyValuePair.Create(t.Key, (JsonNode?)t.Value))]);

    private static JsonArray Ids(IReadOnlyList<string> ids) => new([.. ids.Select(i => (JsonNode)i)]);

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
