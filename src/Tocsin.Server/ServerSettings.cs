using Tocsin.Server.Hosting;
using Tocsin.Server.Taxii;

namespace Tocsin.Server;

/// <summary>How a Tocsin server starts: where it listens and where its data lives. Bound from the
/// configuration section <c>Tocsin</c> (settings file, environment <c>Tocsin__Port</c>, or
/// command line <c>--Tocsin:Port</c>); the CLI's <c>serve</c> options set the same values.</summary>
public sealed record ServerSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Tocsin";

    /// <summary>The default port: http://127.0.0.1:5080.</summary>
    public const int DefaultPort = 5080;

    /// <summary>TCP port; 0 picks a free one.</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>Directory of the embedded store and keys.</summary>
    public string DataDirectory { get; init; } = "tocsin-data";

    /// <summary>Database setting (see <c>StoreOpener</c>); empty for the embedded store in <see cref="DataDirectory"/>.</summary>
    public string? Database { get; init; }

    /// <summary>Address to bind: loopback unless an operator configures otherwise.</summary>
    public string BindAddress { get; init; } = "127.0.0.1";

    /// <summary>The STIX identity of the organisation running this server: the <c>created_by_ref</c> of every
    /// object its analysts create (accepted ingest items). Configure your own (<c>Tocsin:OrganizationIdentityId</c>);
    /// the default is the demo organisation's identity, so that the demo picture and accepted items agree.</summary>
    public string OrganizationIdentityId { get; init; } = "identity--fc441a30-7ac0-457b-800a-ab1fd136ebed";
    /// <summary>Certificate (PEM or PFX/PKCS#12) to serve HTTPS with; plain HTTP (loopback only) when unset.</summary>
    public string? CertificatePath { get; init; }

    /// <summary>Private key file of a PEM certificate, when the key is not in <see cref="CertificatePath"/>.</summary>
    public string? CertificateKeyPath { get; init; }

    /// <summary>Password of a PFX file or of an encrypted PEM key.</summary>
    public string? CertificatePassword { get; init; }

    /// <summary>The absolute http(s) address the public and browsers reach this server at (e.g.
    /// <c>https://tocsin.example.org</c>, behind a reverse proxy), set once for every use: the one origin
    /// state-changing requests may come from (docs/security.md), and the default of
    /// <c>Tocsin:Taxii:PublicBaseUrl</c> and <c>Tocsin:Publication:LinkBase</c>. Unset, our origin is the address
    /// the server is actually bound to.</summary>
    public string? PublicBaseUrl { get; init; }

    /// <summary>Addresses of reverse proxies whose X-Forwarded-For/-Proto headers are honoured; none by default.</summary>
    public IReadOnlyList<string> KnownProxies { get; init; } = [];

    /// <summary>How the HTTPS endpoint treats TLS clients (section <c>Tocsin:Hosting</c>): client certificates.</summary>
    public HostingSettings Hosting { get; init; } = new();

    /// <summary>The TAXII 2.1 server (section <c>Tocsin:Taxii</c>).</summary>
    public TaxiiSettings Taxii { get; init; } = new();
}
