using Tocsin.Storage.Webhooks;

namespace Tocsin.Server.Webhooks;

/// <summary>One subscriber on the wire with its deliveries counted by state, never its secret; <see cref="RemovedAt"/> is set
/// once it was removed (it then receives nothing more, its history stays).</summary>
public sealed record SubscriberDetailsResponse(SubscriberEndpoints.SubscriberResponse Subscriber, DateTimeOffset? RemovedAt, DeliveryCounts Deliveries)
{
    internal static SubscriberDetailsResponse Of(Subscriber subscriber, DeliveryCounts counts) =>
        new(SubscriberEndpoints.SubscriberResponse.Of(subscriber, null), subscriber.DisabledAt, counts);
}
