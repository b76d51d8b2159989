using System.CommandLine;
using System.Globalization;
using Tocsin.Core;
using Tocsin.Core.Principals;
using Tocsin.Server.Sharing;
using Tocsin.Storage;

namespace Tocsin.Cli.Commands;

/// <summary><c>tocsin partner cert add|list|revoke</c>: the certificates that identify a partner over mutual TLS
/// (docs/mutual-tls.md), with the same rules as <c>/api/v1/partners/{name}/certificates</c>.</summary>
public static class PartnerCertificateCommands
{
    /// <summary>The <c>cert</c> command group.</summary>
    public static Command Create(CliConsole console, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(console);
        var command = new Command("cert", "Manage the client certificates that identify a partner over mutual TLS");
        command.Subcommands.Add(Add(console, clock));
        command.Subcommands.Add(List(console, clock));
        command.Subcommands.Add(Revoke(console, clock));
        return command;
    }

    private static Command Add(CliConsole console, TimeProvider clock)
    {
        var name = new Argument<string>("NAME") { Description = "Partner name" };
        var certificate = new Option<FileInfo?>("--certificate") { Description = "PEM file of the partner's certificate, pinned by its SHA-256 thumbprint" };
        var ca = new Option<FileInfo?>("--ca") { Description = "PEM file of the CA that issues the partner's certificates (its only trust anchor); needs --subject" };
        var subject = new Option<string?>("--subject") { Description = "Exact subject of the partner's certificates issued by --ca, e.g. 'CN=collector, O=Partner Service, C=DE'" };
        var label = new Option<string?>("--label") { Description = "A note for administrators" };
        var data = CliOptions.Data();
        var command = new Command("add", "Register a pinned certificate, or an issuing CA with a subject, for a partner") { name, certificate, ca, subject, label, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var certificatePem = await ReadAsync(parse.GetValue(certificate), cancellationToken);
            var caPem = await ReadAsync(parse.GetValue(ca), cancellationToken);
            if (!certificatePem.IsSuccess)
            {
                return await FailAsync(console, certificatePem.Error);
            }

            if (!caPem.IsSuccess)
            {
                return await FailAsync(console, caPem.Error);
            }

            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            var partner = await FindPartnerAsync(store, parse.GetValue(name)!, cancellationToken);
            if (!partner.IsSuccess)
            {
                return await FailAsync(console, partner.Error);
            }

            var prepared = PartnerCertificateUpload.Prepare(partner.Value.Id, certificatePem.Value, caPem.Value, parse.GetValue(subject), parse.GetValue(label), clock.GetUtcNow());
            var stored = prepared.IsSuccess ? await store.PartnerCertificates.AddAsync(prepared.Value, cancellationToken) : prepared;
            if (!stored.IsSuccess)
            {
                return await FailAsync(console, stored.Error);
            }

            await console.Out.WriteLineAsync(Line(PartnerCertificateEndpoints.Response(stored.Value)));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List(CliConsole console, TimeProvider clock)
    {
        var name = new Argument<string>("NAME") { Description = "Partner name" };
        var data = CliOptions.Data();
        var command = new Command("list", "List a partner's certificate registrations, revoked ones included") { name, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            var partner = await FindPartnerAsync(store, parse.GetValue(name)!, cancellationToken);
            if (!partner.IsSuccess)
            {
                return await FailAsync(console, partner.Error);
            }

            var registrations = await store.PartnerCertificates.ListAsync(partner.Value.Id, cancellationToken);
            if (registrations.Count == 0)
            {
                await console.Error.WriteLineAsync($"no certificates for {parse.GetValue(name)}; see: tocsin partner cert add --help");
            }

            foreach (var registration in registrations)
            {
                await console.Out.WriteLineAsync(Line(PartnerCertificateEndpoints.Response(registration)));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Revoke(CliConsole console, TimeProvider clock)
    {
        var name = new Argument<string>("NAME") { Description = "Partner name" };
        var id = new Argument<string>("ID") { Description = "The registration's id, as listed" };
        var data = CliOptions.Data();
        var command = new Command("revoke", "Revoke a certificate registration; it identifies nobody from the next request") { name, id, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            var partner = await FindPartnerAsync(store, parse.GetValue(name)!, cancellationToken);
            if (!partner.IsSuccess)
            {
                return await FailAsync(console, partner.Error);
            }

            var revoked = Guid.TryParse(parse.GetValue(id), out var registration)
                ? await store.PartnerCertificates.RevokeAsync(partner.Value.Id, registration, cancellationToken)
                : new Error("partner-certificate-not-found", $"{parse.GetValue(name)} holds no certificate registration '{parse.GetValue(id)}'");
            if (!revoked.IsSuccess)
            {
                return await FailAsync(console, revoked.Error);
            }

            await console.Out.WriteLineAsync($"revoked certificate {registration:D} of {parse.GetValue(name)}");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>One registration per line: id, kind, state, thumbprint, subject, issuer, validity, label.</summary>
    private static string Line(PartnerCertificateResponse r) => string.Create(CultureInfo.InvariantCulture,
        $"{r.Id:D}\t{r.Kind}\t{(r.RevokedAt is null ? "active" : "revoked")}\t{r.Thumbprint}\t{r.Subject}\t{r.Issuer}\t{r.NotBefore:yyyy-MM-dd'T'HH:mm:ss'Z'}\t{r.NotAfter:yyyy-MM-dd'T'HH:mm:ss'Z'}\t{r.Label ?? "-"}");

    private static async Task<Result<string?>> ReadAsync(FileInfo? file, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return Result<string?>.Success(null);
        }

        if (!file.Exists)
        {
            return new Error("file-not-found", $"{file.FullName} does not exist");
        }

        if (file.Length > PartnerCertificateUpload.MaxPemLength)
        {
            return new Error("certificate-pem-invalid", $"{file.FullName} is larger than {PartnerCertificateUpload.MaxPemLength} bytes; give one PEM certificate");
        }

        return await File.ReadAllTextAsync(file.FullName, cancellationToken);
    }

    private static async Task<Result<Principal>> FindPartnerAsync(ITocsinStore store, string name, CancellationToken cancellationToken)
    {
        var principal = await store.FindPrincipalAsync(name, cancellationToken);
        return principal is { Kind: PrincipalKind.Partner } ? principal : new Error("partner-not-found", $"no partner named '{name}'");
    }

    private static async Task<int> FailAsync(CliConsole console, Error error)
    {
        await console.Error.WriteLineAsync(error.Message);
        return ExitCodes.Failure;
    }
}
