using System.CommandLine;
using Tocsin.Cli.Parsing;
using System.Globalization;
using System.Text;
using Tocsin.Cli.Signing;
using Tocsin.Core;
using Tocsin.Core.Cap;
using Tocsin.Core.Signing;
using Tocsin.Server.Signing;

namespace Tocsin.Cli.Commands;

/// <summary><c>tocsin signature verify|sign|rotate</c>: checks and makes the server's signatures
/// (docs/signatures.md). A CAP message carries an enveloped XML-DSig; any other file (a STIX bundle)
/// has a detached JWS in the sidecar <c>FILE.jws</c>. <c>verify</c> prints <c>valid: signed by kid …</c>
/// and exits 0, or prints one <c>invalid: … [code]</c> line and exits 1.</summary>
public static class SignatureCommand
{
    /// <summary>The command, bound to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console, TimeProvider clock) =>
        new("signature", "Verify and make signatures; rotate the signing key")
        {
            Verify(console, clock),
            Sign(console, clock),
            Rotate(console, clock),
        };

    private static Command Verify(CliConsole console, TimeProvider clock)
    {
        var file = new Argument<string>("FILE") { Description = "A signed CAP message, or a bundle with its FILE.jws" };
        var keys = new Option<string>("--keys") { Description = "JWKS file, or URL of a server's /.well-known/tocsin/keys.json (default: the data directory's keys)", HelpName = "FILE|URL" };
        var signature = new Option<string>("--signature") { Description = "Detached JWS file (default: FILE.jws)", HelpName = "FILE" };
        var data = CliOptions.Data();
        var command = new Command("verify", "Check a signed CAP message or bundle against the published keys") { file, keys, signature, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            var content = await ReadAsync(path, cancellationToken);
            if (!content.IsSuccess)
            {
                return await FailAsync(console, content.Error);
            }

            var keySet = await KeySource.LoadAsync(parse.GetValue(keys), parse.GetValue(data)!, clock, cancellationToken);
            if (!keySet.IsSuccess)
            {
                return await FailAsync(console, keySet.Error);
            }

            var verified = SignedFile.KindOf(content.Value) == SignedFileKind.Cap
                ? VerifyCap(keySet.Value, content.Value)
                : await VerifyDetachedAsync(keySet.Value, content.Value, parse.GetValue(signature) ?? path + SignatureHeaders.SidecarSuffix, cancellationToken);
            if (!verified.IsSuccess)
            {
                return await FailAsync(console, verified.Error);
            }

            await console.Out.WriteLineAsync($"valid: signed by kid {verified.Value.Kid}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Sign(CliConsole console, TimeProvider clock)
    {
        var file = new Argument<string>("FILE") { Description = "A CAP message (signed in place) or a bundle (FILE.jws written)" };
        var output = new Option<string>("--output") { Description = "Write the signed CAP message, or the JWS, to FILE instead", HelpName = "FILE" };
        var data = CliOptions.Data();
        var command = new Command("sign", "Sign a CAP message or a bundle with the data directory's current key") { file, output, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            var content = await ReadAsync(path, cancellationToken);
            if (!content.IsSuccess)
            {
                return await FailAsync(console, content.Error, "error");
            }

            var directory = new KeyDirectory(parse.GetValue(data)!);
            var keySet = directory.Exists ? directory.Load() : directory.LoadOrCreate(clock);
            if (!keySet.IsSuccess)
            {
                return await FailAsync(console, keySet.Error, "error");
            }

            var key = keySet.Value.Current;
            string target;
            if (SignedFile.KindOf(content.Value) == SignedFileKind.Cap)
            {
                var signed = CapSignature.Sign(key, content.Value);
                if (!signed.IsSuccess)
                {
                    return await FailAsync(console, signed.Error, "error");
                }

                target = parse.GetValue(output) ?? path;
                await WriteAsync(target, signed.Value, cancellationToken);
            }
            else
            {
                target = parse.GetValue(output) ?? path + SignatureHeaders.SidecarSuffix;
                await WriteAsync(target, Encoding.ASCII.GetBytes(DetachedJws.Sign(key, content.Value)), cancellationToken);
            }

            await console.Out.WriteLineAsync($"signed by kid {key.Kid}: {target}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Rotate(CliConsole console, TimeProvider clock)
    {
        var keep = CliValues.Count("--keep-published", "Days the previous key stays published for verification", 90, 0, "DAYS");
        var data = CliOptions.Data();
        var command = new Command("rotate", "Make a new current signing key; the old one stays published for verification") { keep, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var days = parse.GetValue(keep);
            var rotated = new KeyDirectory(parse.GetValue(data)!).Rotate(clock, TimeSpan.FromDays(days));
            if (!rotated.IsSuccess)
            {
                return await FailAsync(console, rotated.Error, "error");
            }

            await console.Out.WriteLineAsync($"current key: {rotated.Value.Current.Kid}");
            foreach (var old in rotated.Value.Retired)
            {
                await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"retired key: {old.Kid}, published until {old.PublishedUntil:yyyy-MM-ddTHH:mm:ssZ}"));
            }

            await console.Out.WriteLineAsync("restart the server to sign with the new key");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Result<SignatureVerified> VerifyCap(VerificationKeys keys, byte[] content)
    {
        var verified = CapSignature.Verify(keys, content);
        if (!verified.IsSuccess)
        {
            return verified;
        }

        // The signature holds; the message must also read as CAP, or what it signs means nothing.
        var read = CapReader.Read(content);
        return read.IsSuccess ? verified : read.Error;
    }

    private static async Task<Result<SignatureVerified>> VerifyDetachedAsync(VerificationKeys keys, byte[] content, string signaturePath, CancellationToken cancellationToken)
    {
        if (!File.Exists(signaturePath))
        {
            return new Error(SignatureErrors.NoSignatureCode, $"no signature: {signaturePath} not found (give --signature FILE)");
        }

        var jws = (await File.ReadAllTextAsync(signaturePath, cancellationToken)).Trim();
        return DetachedJws.Verify(keys, content, jws);
    }

    private static async Task<Result<byte[]>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var opened = InputFile.OpenRead(path);
        if (!opened.IsSuccess)
        {
            return opened.Error;
        }

        await using var stream = opened.Value;
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    /// <summary>Writes under a temporary name, then renames: a failed write never leaves half a file.</summary>
    private static async Task WriteAsync(string path, byte[] content, CancellationToken cancellationToken)
    {
        var temporary = path + ".tmp";
        await File.WriteAllBytesAsync(temporary, content, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    private static async Task<int> FailAsync(CliConsole console, Error error, string prefix = "invalid")
    {
        await console.Error.WriteLineAsync($"{prefix}: {error.Message} [{error.Code}]");
        return ExitCodes.Failure;
    }
}
