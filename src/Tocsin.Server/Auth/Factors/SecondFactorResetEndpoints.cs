using Microsoft.AspNetCore.Http.HttpResults;
using Tocsin.Core.Principals;
using Tocsin.Server.Api;
using Tocsin.Storage;

namespace Tocsin.Server.Auth.Factors;

/// <summary>An administrator's reset of a staff member's second factors (a lost authenticator and lost recovery
/// codes): every TOTP secret, passkey and recovery code of the user is removed, audited. A user whose roles require
/// a factor is taken to enrol again at the next sign-in.</summary>
public static class SecondFactorResetEndpoints
{
    /// <summary>Maps <c>POST /api/v1/users/{name}/second-factor/reset</c>.</summary>
    public static IEndpointRouteBuilder MapSecondFactorResetEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v1/users/{name}/second-factor/reset", ResetAsync).WithTags("Users").RequireStaff(Role.Admin);
        return endpoints;
    }

    /// <summary><c>POST /api/v1/users/{name}/second-factor/reset</c> (administrators): 204 once the user's factors and
    /// recovery codes are removed (also when it held none); 404 <c>principal-not-found</c> for an unknown name or a
    /// partner.</summary>
    private static async Task<Results<NoContent, ProblemHttpResult>> ResetAsync(string name, ITocsinStore store, CancellationToken cancellationToken)
    {
        var principal = await store.FindPrincipalAsync(name, cancellationToken);
        if (principal is not { Kind: PrincipalKind.User })
        {
            return Problems.For(new Core.Error("principal-not-found", $"No user is named '{name}'.").As(Core.ErrorKind.NotFound));
        }

        await store.SecondFactors.ResetAsync(principal.Id, cancellationToken);
        return TypedResults.NoContent();
    }
}
