using System.Diagnostics;
using System.Diagnostics.Metrics;
using Tocsin.Core.Plan.Decisions;

namespace Tocsin.Server.Operations;

/// <summary>Tocsin's own metrics and traces (docs/operations.md "Metrics"): decisions, TAXII objects served per partner,
/// webhook deliveries. Instruments cost next to nothing while no exporter listens.</summary>
public static class TocsinTelemetry
{
    /// <summary>The name of the meter and of the activity source.</summary>
    public const string Name = "Tocsin";

    /// <summary>Spans around decision changes and webhook deliveries.</summary>
    public static ActivitySource Source { get; } = new(Name);

    private static readonly Meter _meter = new(Name);

    private static readonly Counter<long> _decisionEvents = _meter.CreateCounter<long>(
        "tocsin.decision.events", "{event}", "Decision events recorded: proposed, approved, rejected, withdrawn, cancelled…");

    private static readonly Counter<long> _objectsServed = _meter.CreateCounter<long>(
        "tocsin.taxii.objects_served", "{object}", "STIX object versions served to partners over TAXII, by partner.");

    private static readonly Counter<long> _deliveries = _meter.CreateCounter<long>(
        "tocsin.webhook.deliveries", "{delivery}", "Webhook delivery attempts by outcome: delivered, retry, dead.");

    private static readonly Histogram<double> _deliveryDuration = _meter.CreateHistogram<double>(
        "tocsin.webhook.delivery.duration", "s", "How long a webhook delivery attempt took, by outcome.");

    /// <summary>Counts the event that last changed <paramref name="decision"/>.</summary>
    public static void DecisionChanged(Decision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.Events.Count > 0)
        {
            _decisionEvents.Add(1, new KeyValuePair<string, object?>("event", EventName(decision.Events[^1].Kind)));
        }
    }

    /// <summary>Counts <paramref name="count"/> versions served to the partner named <paramref name="partner"/>.</summary>
    public static void ObjectsServed(string partner, int count) =>
        _objectsServed.Add(count, new KeyValuePair<string, object?>("partner", partner));

    /// <summary>Counts one delivery attempt and its duration in seconds.</summary>
    public static void DeliveryAttempted(string outcome, double seconds)
    {
        var tag = new KeyValuePair<string, object?>("outcome", outcome);
        _deliveries.Add(1, tag);
        _deliveryDuration.Record(seconds, tag);
    }

    private static string EventName(DecisionEventKind kind) => kind switch
    {
        DecisionEventKind.Proposed => "proposed",
        DecisionEventKind.Approved => "approved",
        DecisionEventKind.Rejected => "rejected",
        DecisionEventKind.Withdrawn => "withdrawn",
        DecisionEventKind.Cancelled => "cancelled",
        DecisionEventKind.CancellationProposed => "cancellation_proposed",
        DecisionEventKind.CancellationRejected => "cancellation_rejected",
        DecisionEventKind.CancellationWithdrawn => "cancellation_withdrawn",
    };
}
