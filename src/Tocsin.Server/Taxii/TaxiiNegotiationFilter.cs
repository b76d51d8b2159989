using Microsoft.AspNetCore.Authentication;
using Tocsin.Server.Auth;
using Tocsin.Server.Auth.Factors;

namespace Tocsin.Server.Taxii;

/// <summary>Runs before every TAXII endpoint: authentication (401 with <c>WWW-Authenticate: Basic</c>, or
/// 429 while the login throttle holds), then <c>Accept</c> (406) and, for bodies, <c>Content-Type</c>
/// (415). Each refusal carries the TAXII error resource, never another error format.</summary>
internal sealed class TaxiiNegotiationFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.User.Identity?.IsAuthenticated != true)
        {
            // The Basic challenge of a refused second factor writes problem details; a TAXII client gets the TAXII
            // error resource instead, with the same 401 and WWW-Authenticate (TAXII 2.1 section 3.6.1).
            if (BasicSecondFactor.RefusalOf(http) is { } refusal)
            {
                http.Response.Headers.WWWAuthenticate = BasicAuthenticationHandler.Challenge;
                return TaxiiErrors.SecondFactorRequired(refusal.Message);
            }

            await http.ChallengeAsync();
            return TaxiiErrors.Unauthenticated(http.Response.StatusCode);
        }

        if (!TaxiiMediaTypes.IsAcceptable(http.Request.Headers.Accept))
        {
            return TaxiiErrors.NotAcceptable();
        }

        if (HttpMethods.IsPost(http.Request.Method) && !TaxiiMediaTypes.IsTaxiiContent(http.Request.ContentType))
        {
            return TaxiiErrors.UnsupportedMediaType();
        }

        return await next(context);
    }
}
