namespace Tocsin.Server.Auth.Factors;

/// <summary>Adds <see cref="StepUpFilter"/> to an endpoint.</summary>
public static class StepUpEndpoints
{
    /// <summary>Requires a recent second factor of those who must use one (<see cref="StepUp"/>).</summary>
    public static RouteHandlerBuilder RequireRecentSecondFactor(this RouteHandlerBuilder builder) => builder.AddEndpointFilter<StepUpFilter>();
}
