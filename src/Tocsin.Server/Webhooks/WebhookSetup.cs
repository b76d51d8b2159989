using System.Net;
using Microsoft.Extensions.Options;
using Tocsin.Core.Webhooks;

namespace Tocsin.Server.Webhooks;

/// <summary>Registers webhook subscriptions, the fan-out, the dispatcher and its HTTP client.</summary>
public static class WebhookSetup
{
    /// <summary>Adds webhooks; the secret key lives in <paramref name="dataDirectory"/> (created now when missing).</summary>
    public static IServiceCollection AddTocsinWebhooks(this IServiceCollection services, string dataDirectory)
    {
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebhookOptions>, WebhookOptionsValidator>();
        services.AddSingleton(WebhookSecretBox.OpenOrCreate(dataDirectory));
        services.AddSingleton(sp => new WebhookTargetPolicy(WebhookAllowList.Parse(sp.GetRequiredService<IOptions<WebhookOptions>>().Value.AllowList).Value));
        services.AddSingleton<Func<string, CancellationToken, Task<IPAddress[]>>>(Dns.GetHostAddressesAsync);
        services.AddSingleton<SubscriberRegistration>();
        services.AddSingleton<SubscriberDeliveries>();
        services.AddSingleton<WebhookConnectGuard>();
        services.AddSingleton<WebhookSignal>();
        services.AddSingleton<WebhookSender>();
        services.AddHttpClient(WebhookSender.ClientName, (sp, client) => client.Timeout = sp.GetRequiredService<IOptions<WebhookOptions>>().Value.RequestTimeout)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseCookies = false,
                UseProxy = false, // a proxy would connect on our behalf, past the guard
                MaxConnectionsPerServer = sp.GetRequiredService<IOptions<WebhookOptions>>().Value.Concurrency,
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
                ConnectCallback = sp.GetRequiredService<WebhookConnectGuard>().ConnectAsync,
            });
        services.AddHostedService<WebhookFanOut>();
        services.AddHostedService<WebhookDispatcher>();
        return services;
    }
}
