namespace Tocsin.Server.Authoring;

/// <summary>Registers picture authoring.</summary>
public static class AuthoringSetup
{
    /// <summary>Adds <see cref="PictureAuthoring"/>, <see cref="PictureLookup"/> and <see cref="PictureHistory"/>.</summary>
    public static IServiceCollection AddTocsinAuthoring(this IServiceCollection services)
    {
        services.AddSingleton<PictureLookup>();
        services.AddSingleton<PictureAuthoring>();
        services.AddSingleton<PictureHistory>();
        return services;
    }
}
