namespace Tocsin.Server.Auth.Factors;

/// <summary>Registers the second factor: its settings (<see cref="SecondFactorSettings.Section"/>), the code check,
/// the sign-in steps, step-up and passkeys.</summary>
public static class SecondFactorSetup
{
    /// <summary>Adds the second-factor services.</summary>
    public static IServiceCollection AddTocsinSecondFactor(this IServiceCollection services)
    {
        services.AddSingleton(provider => provider.GetRequiredService<IConfiguration>().GetSection(SecondFactorSettings.Section).Get<SecondFactorSettings>() ?? new SecondFactorSettings());
        services.AddSingleton<TotpSecrets>();
        services.AddSingleton<FactorCheck>();
        services.AddSingleton<PendingSignIn>();
        services.AddSingleton<SignInSteps>();
        services.AddSingleton<StepUp>();
        services.AddSingleton<BasicSecondFactor>();
        services.AddSingleton<RecoveryCodes>();
        services.AddSingleton<PasskeyCeremonies>();
        return services;
    }
}
