namespace Tocsin.Server.Web.Admin;

/// <summary>What a dead letter's Retry button posts: the delivery's id.</summary>
public sealed class SubscriberRetryForm
{
    /// <summary>The delivery to retry.</summary>
    public string? Delivery { get; set; }
}
