using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Tocsin.Server.Plan;
using Tocsin.Server.Signing;
using Tocsin.Server.Web;

namespace Tocsin.Server.Snapshot;

/// <summary>The public snapshot as static files for any web server or CDN origin (docs/publication.md "Static
/// export"): the public pages in every language, the status JSON, the Atom feed, each CAP message it lists and the key
/// set, each file exactly the bytes this server answers at its address. CAP messages keep their enveloped XML
/// signature; the status and the feed get a detached JWS sidecar (<c>.jws</c>) by the server's key, as exported bundles do.</summary>
public sealed partial class StaticExport(PublicPipeline pipeline, PublicSnapshots snapshots, PublicationSettings settings, ServerSigner signer)
{
    /// <summary>Writes <paramref name="snapshot"/> into <paramref name="directory"/> atomically
    /// (<see cref="StaticSiteWriter"/>); returns how many files were written.</summary>
    /// <exception cref="InvalidOperationException">A page did not answer 200, the snapshot was replaced during the
    /// export (the next export writes the new one), or the directory cannot take an export.</exception>
    public Task<int> WriteAsync(string directory, PublicSnapshot snapshot, CancellationToken cancellationToken) =>
        StaticSiteWriter.WriteAsync(directory, FilesAsync(snapshot, cancellationToken), cancellationToken);

    /// <summary>The files of the export, in the order they are asked for; the address each came from is
    /// <see cref="AddressOf"/>.</summary>
    public async IAsyncEnumerable<StaticFile> FilesAsync(PublicSnapshot snapshot, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var host = new Uri(settings.LinkBase);
        var written = new HashSet<string>(StringComparer.Ordinal);
        var assets = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (address, path) in Addresses(snapshot))
        {
            var answer = await GetAsync(host, address, cancellationToken);
            written.Add(address);
            if (answer.ContentType.StartsWith("text/html", StringComparison.Ordinal))
            {
                assets.UnionWith(AssetReference().Matches(Encoding.UTF8.GetString(answer.Body)).Select(m => m.Groups[1].Value));
            }

            yield return new StaticFile(path, answer.Body);
            if (path is LevelsFile or FeedFile)
            {
                yield return new StaticFile(path + SignatureHeaders.SidecarSuffix, Encoding.ASCII.GetBytes(signer.SignDetached(answer.Body)));
            }
        }

        foreach (var asset in assets.Where(a => !written.Contains(a)))
        {
            yield return new StaticFile(asset.TrimStart('/'), (await GetAsync(host, asset, cancellationToken)).Body);
        }

        if (!ReferenceEquals(snapshots.Current, snapshot))
        {
            throw new InvalidOperationException("A publication replaced the public snapshot during the export; the next export writes it.");
        }
    }

    /// <summary>The address a file of the export is served at by this server.</summary>
    public static string AddressOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path switch
        {
            LevelsFile => "/api/v1/levels",
            // A language's home page is /fr/; every other page is its directory's name.
            _ when path.EndsWith("/index.html", StringComparison.Ordinal) && path.IndexOf('/', StringComparison.Ordinal) == path.Length - "/index.html".Length =>
                "/" + path[..^"index.html".Length],
            _ when path.EndsWith("/index.html", StringComparison.Ordinal) => "/" + path[..^"/index.html".Length],
            _ => "/" + path,
        };
    }

    private const string LevelsFile = "api/v1/levels.json";
    private const string FeedFile = "feeds/cap.atom";

    // Every public address of the snapshot, with the file it is written to.
    private static IEnumerable<(string Address, string Path)> Addresses(PublicSnapshot snapshot)
    {
        yield return ("/api/v1/levels", LevelsFile);
        yield return ("/" + FeedFile, FeedFile);
        foreach (var identifier in snapshot.Messages.Keys.Order(StringComparer.Ordinal))
        {
            yield return ($"/feeds/cap/{identifier}.xml", $"feeds/cap/{identifier}.xml");
        }

        yield return (SignatureHeaders.KeysPath, SignatureHeaders.KeysPath.TrimStart('/'));
        foreach (var language in WebCultures.Supported)
        {
            yield return ($"/{language}/", $"{language}/index.html");
            foreach (var scheme in snapshot.Schemes.Values)
            {
                yield return ($"/{language}/levels/{scheme.Scheme.Id}", $"{language}/levels/{scheme.Scheme.Id}/index.html");
                foreach (var territory in scheme.Territories.Territories)
                {
                    yield return ($"/{language}/levels/{scheme.Scheme.Id}/{territory.Id}", $"{language}/levels/{scheme.Scheme.Id}/{territory.Id}/index.html");
                }
            }

            foreach (var identifier in snapshot.Messages.Keys.Order(StringComparer.Ordinal))
            {
                yield return ($"/{language}/alerts/{Uri.EscapeDataString(identifier)}", $"{language}/alerts/{identifier}/index.html");
            }
        }
    }

    private async Task<PipelineAnswer> GetAsync(Uri host, string address, CancellationToken cancellationToken)
    {
        var answer = await pipeline.GetAsync(host, address, cancellationToken);
        return answer.Status == StatusCodes.Status200OK
            ? answer
            : throw new InvalidOperationException($"GET {address} answered {answer.Status}; the export is left as it was.");
    }

    // Style sheets, scripts, images and fonts a page loads from this server.
    [GeneratedRegex(@"(?:href|src)=""(/[^""?#]+\.(?:css|js|mjs|svg|png|ico|woff2?|webmanifest))""")]
    private static partial Regex AssetReference();
}
