namespace Tocsin.Storage.Webhooks;

/// <summary>How a <see cref="DeliveryState"/> is stored in <c>webhook_deliveries.state</c>.</summary>
internal static class DeliveryStateNames
{
    public static string Of(DeliveryState state) => state switch
    {
        DeliveryState.Pending => "pending",
        DeliveryState.Delivered => "delivered",
        DeliveryState.Dead => "dead",
    };

    public static DeliveryState Parse(string name) => name switch
    {
        "pending" => DeliveryState.Pending,
        "delivered" => DeliveryState.Delivered,
        "dead" => DeliveryState.Dead,
        _ => throw new InvalidOperationException($"Stored delivery state '{name}' is unknown."),
    };
}
