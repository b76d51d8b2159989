namespace Tocsin.Storage.Webhooks;

/// <summary>How many of a subscriber's deliveries are in each state.</summary>
public sealed record DeliveryCounts(int Pending, int Delivered, int Dead);
