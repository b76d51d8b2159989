using Microsoft.Extensions.Options;
using Tocsin.Core.Plan;
using Tocsin.Server.Plan;

namespace Tocsin.Server.Notifications;

/// <summary>Registers approver notifications (e-mail and on-call webhook), acknowledgement escalation and the decision
/// event stream. Needs the webhooks' HTTP client and the server signer.</summary>
public static class NotificationSetup
{
    /// <summary>Adds <see cref="NotificationOptions"/> (section <c>Tocsin:Notifications</c>, validated at start) and the
    /// background loop that plans and sends notifications.</summary>
    public static IServiceCollection AddTocsinNotifications(this IServiceCollection services)
    {
        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<NotificationOptions>, NotificationOptionsValidator>();
        services.AddSingleton<DecisionChangeFeed>();
        services.AddSingleton(sp => new NotificationTexts(sp.GetRequiredService<PlanCatalogue>(), sp.GetRequiredService<PublicationSettings>().LinkBase.TrimEnd('/')));
        services.AddSingleton<NotificationPlanner>();
        services.AddSingleton<SmtpNotifier>();
        services.AddSingleton<OnCallNotifier>();
        services.AddSingleton<NotificationDispatcher>();
        services.AddHostedService<NotificationLoop>();
        return services;
    }

    /// <summary>Maps the notification lists and <c>GET /api/v1/decisions/events</c>.</summary>
    public static IEndpointRouteBuilder MapTocsinNotifications(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapNotificationEndpoints();
        endpoints.MapDecisionEventsEndpoint();
        return endpoints;
    }
}
