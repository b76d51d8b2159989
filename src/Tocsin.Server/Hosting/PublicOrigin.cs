using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Tocsin.Server.Hosting;

/// <summary>Our own web origin (RFC 6454: scheme, host, port), the only one a browser may send state changes
/// from. It is <see cref="ServerSettings.PublicBaseUrl"/> when configured (the address behind a reverse proxy);
/// otherwise the addresses the server is actually bound to, real port included, plus <c>localhost</c> for a
/// loopback binding.</summary>
/// <remarks>Only a host that reports no bound address at all (an in-process test host may not) falls back to the
/// request's own scheme and host.</remarks>
public sealed class PublicOrigin(ServerSettings settings, IServer server)
{
    private IReadOnlySet<string>? _bound;

    /// <summary>The configuration key of <see cref="ServerSettings.PublicBaseUrl"/>.</summary>
    public const string Key = ServerSettings.Section + ":" + nameof(ServerSettings.PublicBaseUrl);

    /// <summary>True when <paramref name="origin"/> (an <c>Origin</c> header value) is ours.</summary>
    public bool IsOurs(string origin, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri))
        {
            return false; // "null" (sandboxed or privacy-sensitive contexts) and anything malformed
        }

        var candidate = OriginOf(uri);
        if (!string.IsNullOrEmpty(settings.PublicBaseUrl))
        {
            return string.Equals(candidate, OriginOf(new Uri(settings.PublicBaseUrl)), StringComparison.OrdinalIgnoreCase);
        }

        var bound = _bound ??= Bound();
        return bound.Count > 0
            ? bound.Contains(candidate)
            : string.Equals(candidate, $"{request.Scheme}://{request.Host.Value}", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Completes <paramref name="settings"/> from configuration: <see cref="ServerSettings.PublicBaseUrl"/>
    /// from <see cref="Key"/> when the caller did not set it, and <c>Tocsin:Publication:LinkBase</c> defaulting
    /// to it, or, when no public base URL is set, to the address the server binds to. Refuses a value that is not an absolute http(s) URL.</summary>
    /// <exception cref="InvalidOperationException">A malformed public base URL.</exception>
    public static ServerSettings Configure(ConfigurationManager configuration, ServerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(settings);
        const string linkBase = "Tocsin:Publication:LinkBase";
        var url = settings.PublicBaseUrl ?? configuration[Key];
        if (string.IsNullOrEmpty(url))
        {
            // No public address configured: links in CAP messages and the feed name the address the server binds
            // to, real port included — never a request's Host header, which would bake a caller's choice into
            // signed, stored messages.
            if (string.IsNullOrEmpty(configuration[linkBase]) && settings.Port > 0)
            {
                configuration[linkBase] = BoundBase(settings);
            }

            return settings;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.UserInfo.Length > 0 || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            throw new InvalidOperationException($"{Key} must be an absolute http(s) URL such as https://tocsin.example.org, not '{url}'.");
        }

        if (string.IsNullOrEmpty(configuration[linkBase]))
        {
            configuration[linkBase] = url.TrimEnd('/');
        }

        return settings with { PublicBaseUrl = url };
    }

    /// <summary>The base URL of the address the server listens on: https when it has a certificate.</summary>
    private static string BoundBase(ServerSettings settings)
    {
        var scheme = string.IsNullOrEmpty(settings.CertificatePath) ? Uri.UriSchemeHttp : Uri.UriSchemeHttps;
        var host = IPAddress.TryParse(settings.BindAddress, out var ip) && ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6
            ? $"[{settings.BindAddress}]"
            : settings.BindAddress;
        return $"{scheme}://{host}:{settings.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    private HashSet<string> Bound()
    {
        var origins = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var address in server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
        {
            if (!Uri.TryCreate(address, UriKind.Absolute, out var uri))
            {
                continue;
            }

            origins.Add(OriginOf(uri));
            if (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip))
            {
                origins.Add($"{uri.Scheme}://localhost:{uri.Port}");
            }
        }

        return origins;
    }

    private static string OriginOf(Uri uri) => $"{uri.Scheme}://{uri.Host}:{uri.Port}".ToLowerInvariant();
}
