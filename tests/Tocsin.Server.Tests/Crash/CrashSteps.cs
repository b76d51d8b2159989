using System.Net;
using System.Text;
using System.Text.Json;
using Tocsin.Core.Webhooks;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Crash;

/// <summary>What the crash tests do to a running <see cref="CrashRig"/> server through its HTTP API, as a user would:
/// subscribe a receiver, propose and approve decisions, acknowledge deliveries, read delivery states.</summary>
internal static class CrashSteps
{
    /// <summary>Adds a subscriber of every message at <paramref name="url"/>; returns its id and secret.</summary>
    public static async Task<(Guid Id, string Secret)> SubscribeAsync(CrashRig rig, string name, Uri url)
    {
        using var admin = rig.Client(CrashRig.Admin);
        using var response = await admin.PostAsync(new Uri("api/v1/subscribers", UriKind.Relative), Json(new { name, url, territories = Array.Empty<string>(), exercises = false }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        var root = JsonDocument.Parse(body).RootElement;
        return (root.GetProperty("id").GetGuid(), root.GetProperty("secret").GetString()!);
    }

    /// <summary>Proposes a decision on Paris as the analyst; returns its id.</summary>
    public static async Task<Guid> ProposeAsync(CrashRig rig, string rationale)
    {
        using var analyst = rig.Client(CrashRig.Analyst);
        using var response = await analyst.PostAsync(new Uri("api/v1/decisions", UriKind.Relative), Json(new
        {
            scheme = "vigipirate",
            level = "urgence-attentat",
            territories = new[] { "FRA-D75" },
            effectiveAt = TimeProvider.System.GetUtcNow(),
            authority = "Premier ministre",
            rationale,
            supersedes = Array.Empty<Guid>(),
            evidence = Array.Empty<string>(),
            exercise = false,
        }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    /// <summary>Approves a decision as the approver; true when the server answered 200 (acknowledged the approval).</summary>
    public static async Task<bool> ApproveAsync(CrashRig rig, Guid decision)
    {
        using var approver = rig.Client(CrashRig.Approver);
        using var response = await approver.PostAsync(new Uri($"api/v1/decisions/{decision:D}/approve", UriKind.Relative), null);
        return response.StatusCode == HttpStatusCode.OK;
    }

    /// <summary>The state of every delivery of a decision's messages: (CAP identifier, subscriber id, state).</summary>
    public static async Task<List<(string Identifier, Guid Subscriber, string State)>> DeliveriesAsync(CrashRig rig, Guid decision)
    {
        using var approver = rig.Client(CrashRig.Approver);
        var text = await approver.GetStringAsync(new Uri($"api/v1/decisions/{decision:D}/deliveries", UriKind.Relative));
        return [.. from message in JsonDocument.Parse(text).RootElement.EnumerateArray()
                   from delivery in message.GetProperty("deliveries").EnumerateArray()
                   select (message.GetProperty("identifier").GetString()!, delivery.GetProperty("subscriber_id").GetGuid(), delivery.GetProperty("state").GetString()!)];
    }

    /// <summary>Waits (60 s at most) until <paramref name="settled"/> holds for the deliveries of every decision.</summary>
    public static async Task<List<(string Identifier, Guid Subscriber, string State)>> WaitForDeliveriesAsync(CrashRig rig, IReadOnlyList<Guid> decisions,
        Func<List<(string Identifier, Guid Subscriber, string State)>, bool> settled)
    {
        var all = new List<(string, Guid, string)>();
        for (var attempt = 0; attempt < 300; attempt++)
        {
            all.Clear();
            foreach (var decision in decisions)
            {
                all.AddRange(await DeliveriesAsync(rig, decision));
            }

            if (settled(all))
            {
                return all;
            }

            await Task.Delay(200);
        }

        Assert.Fail($"Deliveries did not settle: {string.Join("; ", all)}\n{rig.Output}");
        return all;
    }

    /// <summary>Acknowledges a message as its subscriber, signed with the subscriber's secret; true when recorded (200).</summary>
    public static async Task<bool> AcknowledgeAsync(CrashRig rig, Guid subscriber, string secret, string identifier)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new { subscriber, identifier });
        var id = "ack-" + Guid.NewGuid().ToString("N");
        var timestamp = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        using var client = rig.Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/acknowledgements") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", WebhookSignature.Sign(WebhookSecret.KeyOf(secret)!, id, timestamp, body));
        try
        {
            using var response = await client.SendAsync(request);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false; // the server was killed meanwhile: not recorded, as far as the subscriber knows
        }
    }

    private static StringContent Json<T>(T value) => new(JsonSerializer.Serialize(value), Encoding.UTF8, "application/json");
}
