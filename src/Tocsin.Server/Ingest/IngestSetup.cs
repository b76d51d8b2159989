namespace Tocsin.Server.Ingest;

/// <summary>Registers ingest and draft review.</summary>
public static class IngestSetup
{
    /// <summary>Adds <see cref="DraftService"/> and <see cref="DraftReview"/>.</summary>
    public static IServiceCollection AddTocsinIngest(this IServiceCollection services)
    {
        services.AddSingleton<DraftService>();
        services.AddSingleton<DraftReview>();
        services.AddSingleton<DraftClearance>();
        return services;
    }
}
