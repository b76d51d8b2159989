namespace Tocsin.Server.Classification;

/// <summary>Registers national classification: the configuration (section <c>Tocsin:Classification</c>, checked at
/// start-up) and the <see cref="ReadGate"/> of staff reads.</summary>
public static class ClassificationSetup
{
    /// <summary>Adds <see cref="NationalClassification"/> and <see cref="ReadGate"/>.</summary>
    /// <exception cref="InvalidOperationException">The classification settings cannot be applied.</exception>
    public static IServiceCollection AddTocsinClassification(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var settings = configuration.GetSection(ClassificationSettings.Section).Get<ClassificationSettings>() ?? new ClassificationSettings();
        services.AddSingleton(settings);
        services.AddSingleton(new NationalClassification(settings));
        services.AddSingleton<ReadGate>();
        services.AddSingleton<ReadRecorder>();
        services.AddSingleton<ClearedPicture>();
        services.AddSingleton<CitedEvidence>();
        return services;
    }
}
