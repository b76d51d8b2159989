using Tocsin.Core.Signing;
using Tocsin.Server.Signing;
using System.CommandLine;
using Tocsin.Cli.Parsing;
using Tocsin.Core.Audit;
using Tocsin.Storage;

namespace Tocsin.Cli.Commands;

/// <summary><c>tocsin audit verify|show</c>: recomputes the hash-chained audit log from the data directory and
/// holds it to its published checkpoints, or lists its entries (docs/audit.md).</summary>
public static class AuditCommand
{
    /// <summary>The command group. <paramref name="verifySignature"/> checks checkpoint signatures over their
    /// payload; without one, signatures are reported as not checked.</summary>
    public static Command Create(CliConsole console, TimeProvider clock, Func<byte[], string, bool>? verifySignature = null)
    {
        var command = new Command("audit", "Verify or list the audit log");
        command.Subcommands.Add(Verify(console, clock, verifySignature));
        command.Subcommands.Add(Show(console, clock));
        return command;
    }

    private static Command Verify(CliConsole console, TimeProvider clock, Func<byte[], string, bool>? verifySignature)
    {
        var deep = new Option<bool>("--deep") { Description = "Also recheck every stored object version against the content hash the log recorded" };
        var data = CliOptions.Data();
        var command = new Command("verify", "Recompute the chain and check the checkpoints; exit 1 at the first entry that does not match") { deep, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            verifySignature ??= CheckpointVerifier(parse.GetValue(data)!, clock);
            var result = await store.Audit.VerifyAsync(parse.GetValue(deep), verifySignature, cancellationToken);
            if (result.Mismatch is { } mismatch)
            {
                await console.Error.WriteLineAsync(mismatch.Sequence is { } sequence
                    ? FormattableString.Invariant($"audit: entry {sequence} does not match ({Reason(mismatch.Fault)}): {mismatch.Message}")
                    : $"audit: {Reason(mismatch.Fault)}: {mismatch.Message}");
                return ExitCodes.Failure;
            }

            var signatures = verifySignature is null ? "signatures not checked" : FormattableString.Invariant($"{result.SignaturesChecked} signatures valid");
            await console.Out.WriteLineAsync(FormattableString.Invariant(
                $"audit: {result.Count} entries, chain intact, {result.CheckpointsMatched} checkpoints match ({signatures})"));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Checks checkpoint signatures (detached JWS, docs/signatures.md) against the data directory's
    /// published keys; null when the directory has no key set yet (nothing was ever signed).</summary>
    private static Func<byte[], string, bool>? CheckpointVerifier(string dataDirectory, TimeProvider clock)
    {
        var keys = new KeyDirectory(dataDirectory);
        if (!keys.Exists)
        {
            return null;
        }

        var loaded = keys.Load();
        if (!loaded.IsSuccess)
        {
            return null;
        }

        var published = loaded.Value.ForVerification(clock.GetUtcNow());
        return (payload, signature) => DetachedJws.Verify(published, payload, signature).IsSuccess;
    }

    private static Command Show(CliConsole console, TimeProvider clock)
    {
        var from = CliValues.LongCount("--from", "First sequence to list", 1, 0, "N");
        var limit = CliValues.Count("--limit", "Most entries to list", 100, 1, "N");
        var data = CliOptions.Data();
        var command = new Command("show", "List entries: sequence, time, actor, action, subject, details, hash") { from, limit, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            var listed = 0;
            await foreach (var e in store.Audit.ReadAsync(parse.GetValue(from), parse.GetValue(limit), cancellationToken))
            {
                listed++;
                var at = new DateAddedStamp(e.At).ToTaxiiString();
                await console.Out.WriteLineAsync(FormattableString.Invariant(
                    $"{e.Sequence}\t{at}\t{e.Actor}\t{e.Action}\t{e.Subject}\t{e.Details}\t{Convert.ToHexStringLower(e.Hash.Span)}"));
            }

            if (listed == 0)
            {
                await console.Error.WriteLineAsync(FormattableString.Invariant($"no audit entries from sequence {parse.GetValue(from)}"));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string Reason(AuditFault fault) => fault switch
    {
        AuditFault.HashMismatch => "hash mismatch",
        AuditFault.BrokenLink => "broken link",
        AuditFault.Gap => "gap",
        AuditFault.OutOfOrder => "out of order",
        AuditFault.CheckpointMismatch => "checkpoint mismatch",
        AuditFault.CheckpointSignatureInvalid => "checkpoint signature invalid",
        AuditFault.ObjectMismatch => "object mismatch",
    };
}
