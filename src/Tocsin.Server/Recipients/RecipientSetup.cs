using Microsoft.Extensions.Options;
using Tocsin.Core.Plan;

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
        services.AddSingleton<PostureReminders>();
        services.AddHostedService<PostureDelivery>();
        services.AddHostedService<PostureReminderLoop>();
        return services;
    }
}
