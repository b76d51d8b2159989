using Tocsin.Storage.Webhooks;

namespace Tocsin.Server.Webhooks;

/// <summary>A subscriber just added, with its signing secret: the only time the secret is shown.</summary>
public sealed record NewSubscriber(Subscriber Subscriber, string Secret);
