using System.Net;
using Microsoft.AspNetCore.Http.Features;

namespace Tocsin.Server.Snapshot;

/// <summary>Asks this server's own request pipeline for a public address, without a socket: the static export writes
/// exactly the bytes a reader would be served, through every middleware that shapes them.</summary>
/// <remarks>Registered as the first startup filter, it keeps the delegate of everything that follows it, which is the
/// whole pipeline. Requests made here come from the loopback address, carry no credentials and ask for no
/// compression.</remarks>
public sealed class PublicPipeline(IHttpContextFactory contexts) : IStartupFilter
{
    private RequestDelegate? _pipeline;

    /// <inheritdoc />
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(rest =>
        {
            _pipeline = rest;
            return rest;
        });
        next(app);
    };

    /// <summary>The answer to <c>GET <paramref name="address"/></c> (a path with an optional query) asked of
    /// <paramref name="host"/>.</summary>
    /// <exception cref="InvalidOperationException">The server has not started: there is no pipeline yet.</exception>
    public async Task<PipelineAnswer> GetAsync(Uri host, string address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(address);
        var pipeline = _pipeline ?? throw new InvalidOperationException("The server has not started: its pipeline is not built yet.");
        var query = address.IndexOf('?', StringComparison.Ordinal);
        var request = new HttpRequestFeature
        {
            Method = HttpMethods.Get,
            Scheme = host.Scheme,
            Protocol = "HTTP/1.1",
            Path = query < 0 ? address : address[..query],
            QueryString = query < 0 ? string.Empty : address[query..],
        };
        request.Headers.Host = host.Authority;
        await using var body = new MemoryStream();
        var response = new HttpResponseFeature();
        var features = new FeatureCollection();
        features.Set<IHttpRequestFeature>(request);
        features.Set<IHttpResponseFeature>(response);
        features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(body));
        features.Set<IHttpConnectionFeature>(new HttpConnectionFeature { RemoteIpAddress = IPAddress.Loopback, LocalIpAddress = IPAddress.Loopback });
        features.Set<IHttpRequestLifetimeFeature>(new HttpRequestLifetimeFeature { RequestAborted = cancellationToken });
        var context = contexts.Create(features);
        try
        {
            await pipeline(context);
        }
        finally
        {
            contexts.Dispose(context);
        }

        return new PipelineAnswer(response.StatusCode, response.Headers.ContentType.ToString(), body.ToArray());
    }
}
