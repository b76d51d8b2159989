using Microsoft.Extensions.Options;
using Tocsin.Core.Plan;
using Tocsin.Server.Webhooks;
using Tocsin.Storage;

namespace Tocsin.Server.Recipients;

/// <summary>Registers posture messages to recipients, implementation reports, coverage and reminders.</summary>
public static class RecipientSetup
{
    /// <summary>Adds them; the report link key lives in <paramref name="dataDirectory"/> (created now when missing).</summary>
    public static IServiceCollection AddTocsinRecipients(this IServiceCollection services, string dataDirectory)
    {
        services.AddOptions<RecipientOptions>().BindConfiguration(RecipientOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<RecipientOptions>, RecipientOptionsValidator>();
        services.AddSingleton(ReportLinks.OpenOrCreate(dataDirectory));
        services.AddSingleton(sp => new PostureMeasures(sp.GetRequiredService<PlanCatalogue>().MeasuresOf));
        services.AddSingleton<PostureMessageFactory>();
        services.AddSingleton<ImplementationReporting>();
        services.AddSingleton<PostureCoverage>();
        services.AddSingleton(sp => new PostureReminders(sp.GetRequiredService<ITocsinStore>(), sp.GetRequiredService<PostureMessageFactory>(),
            sp.GetRequiredService<WebhookSignal>(), sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<PostureDelivery>();
        services.AddHostedService<PostureReminderLoop>();
        return services;
    }
}
