using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Tocsin.Core.Signing;

namespace Tocsin.Server.Signing;

/// <summary>Registers the <see cref="ServerSigner"/> and publishes its keys.</summary>
public static class SigningEndpoints
{
    /// <summary>Adds the process-wide <see cref="ServerSigner"/> over the key set in <paramref name="dataDirectory"/>.</summary>
    public static IServiceCollection AddTocsinSigning(this IServiceCollection services, string dataDirectory) =>
        services.AddSingleton(sp => ServerSigner.Open(dataDirectory, sp.GetRequiredService<TimeProvider>()));

    /// <summary>Maps <c>GET /.well-known/tocsin/keys.json</c>: the public key set as an RFC 7517 JWKS,
    /// public, <c>application/jwk-set+json</c>, with <c>Cache-Control: public, max-age=300</c> and a
    /// strong ETag (304 on a matching <c>If-None-Match</c>). Only public members are ever served.
    /// Also loads the signer, so that the key set is created when the server starts, not on first use.</summary>
    public static IEndpointRouteBuilder MapSigningEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.ServiceProvider.GetRequiredService<ServerSigner>();
        endpoints.MapGet(SignatureHeaders.KeysPath, GetKeys).AllowAnonymous();
        return endpoints;
    }

    private static Results<FileContentHttpResult, StatusCodeHttpResult> GetKeys(HttpContext context, ServerSigner signer)
    {
        var body = JsonWebKeySet.Write(signer.PublishedKeys);
        var etag = "\"" + Base64Url.EncodeToString(SHA256.HashData(body)) + "\"";
        context.Response.Headers.ETag = etag;
        context.Response.Headers.CacheControl = "public, max-age=300";
        if (context.Request.Headers.IfNoneMatch.Any(v => v is not null && (v.Contains(etag, StringComparison.Ordinal) || v == "*")))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.File(body, SigningAlgorithms.JwksMediaType);
    }
}
