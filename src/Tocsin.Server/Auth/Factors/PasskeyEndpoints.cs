using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Tocsin.Core;
using Tocsin.Server.Api;
using Tocsin.Server.Web;

namespace Tocsin.Server.Auth.Factors;

/// <summary>The passkey ceremonies the pages' script (<c>wwwroot/js/passkeys.js</c>) drives: web endpoints (the
/// session cookie, JSON bodies, the page's antiforgery token in <see cref="SchemeSelector.AntiforgeryHeader"/>).
/// Registering needs a signed-in member of staff; asserting serves the second-factor step and step-up. Refusals are
/// problems and change nothing.</summary>
public static class PasskeyEndpoints
{
    private static readonly BodyMediaTypes JsonBodies = new(["application/json"]);

    /// <summary>The body of a finished ceremony: the browser's credential, the name of a new passkey, where to go next.</summary>
    /// <param name="Credential">The <c>PublicKeyCredential</c> as JSON (base64url binary members).</param>
    /// <param name="Name">A new passkey's name.</param>
    /// <param name="ReturnUrl">Where to go once verified (a local path).</param>
    public sealed record CeremonyRequest(JsonElement Credential, string? Name, string? ReturnUrl);

    /// <summary>Maps <c>/account/passkeys/…</c>.</summary>
    public static IEndpointRouteBuilder MapPasskeyEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/account/passkeys").WithMetadata(WebEndpoint.Instance, JsonBodies).ExcludeFromDescription();
        group.MapPost("/register/options", RegisterOptionsAsync).RequireAuthorization(WebPolicies.Staff);
        group.MapPost("/register", RegisterAsync).RequireAuthorization(WebPolicies.Staff);
        group.MapPost("/assert/options", AssertOptionsAsync).AllowAnonymous();
        group.MapPost("/assert", AssertAsync).AllowAnonymous();
        return endpoints;
    }

    private static async Task<IResult> RegisterOptionsAsync(HttpContext context, IAntiforgery antiforgery, SignInSteps steps, PasskeyCeremonies ceremonies)
    {
        if (await RefusalAsync(context, antiforgery) is { } refused)
        {
            return refused;
        }

        return await steps.SubjectAsync(context) is { } subject
            ? Results.Content(await ceremonies.BeginRegistrationAsync(context, subject.Principal), "application/json")
            : Unauthenticated();
    }

    private static async Task<IResult> RegisterAsync(HttpContext context, CeremonyRequest request, IAntiforgery antiforgery, SignInSteps steps, PasskeyCeremonies ceremonies)
    {
        if (await RefusalAsync(context, antiforgery) is { } refused)
        {
            return refused;
        }

        if (await steps.SubjectAsync(context) is not { } subject)
        {
            return Unauthenticated();
        }

        var added = await ceremonies.FinishRegistrationAsync(context, subject.Principal, request.Name ?? string.Empty, request.Credential);
        return added.IsSuccess ? Results.Json(new { name = added.Value.Name }, statusCode: StatusCodes.Status201Created) : Problems.For(added.Error);
    }

    private static async Task<IResult> AssertOptionsAsync(HttpContext context, IAntiforgery antiforgery, SignInSteps steps, PasskeyCeremonies ceremonies)
    {
        if (await RefusalAsync(context, antiforgery) is { } refused)
        {
            return refused;
        }

        return await steps.SubjectAsync(context) is { } subject
            ? Results.Content(await ceremonies.BeginAssertionAsync(context, subject.Principal), "application/json")
            : Unauthenticated();
    }

    private static async Task<IResult> AssertAsync(HttpContext context, CeremonyRequest request, IAntiforgery antiforgery, SignInSteps steps, PasskeyCeremonies ceremonies)
    {
        if (await RefusalAsync(context, antiforgery) is { } refused)
        {
            return refused;
        }

        if (await steps.SubjectAsync(context) is not { } subject)
        {
            return Unauthenticated();
        }

        if (!await ceremonies.FinishAssertionAsync(context, subject.Principal, request.Credential))
        {
            return Problems.For(new Error("passkey-refused", "The passkey did not prove who you are: try again or use a code.").As(ErrorKind.Unauthenticated));
        }

        await steps.CompleteAsync(context, subject.Principal, subject.Methods, FactorMethods.HardwareKey);
        return Results.Json(new { location = LocalReturn.Or(request.ReturnUrl, "/account") });
    }

    private static async Task<IResult?> RefusalAsync(HttpContext context, IAntiforgery antiforgery) =>
        await antiforgery.IsRequestValidAsync(context)
            ? null
            : Problems.For(new Error("antiforgery", "A signed-in page's request must carry its antiforgery token.").As(ErrorKind.Forbidden));

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Unauthenticated() =>
        Problems.For(new Error("sign-in-required", "Sign in with your password first.").As(ErrorKind.Unauthenticated));
}
