using Microsoft.Extensions.Options;
using Tocsin.Core.Audit;
using Tocsin.Storage;

namespace Tocsin.Server.Audit;

/// <summary>Every <see cref="AuditOptions.CheckpointInterval"/> and at shutdown, signs and stores a checkpoint of
/// the audit chain's head when it moved since the last one, so that an insider cannot rebuild the chain unnoticed.</summary>
/// <remarks>The signer is the <c>Func&lt;byte[], string&gt;</c> registered in DI (the server key's detached JWS).
/// With none registered, no checkpoint is written and that is logged once at start.</remarks>
internal sealed partial class AuditCheckpointWriter(ITocsinStore store, IEnumerable<Func<byte[], string>> signers,
    IOptions<AuditOptions> options, TimeProvider clock, ILogger<AuditCheckpointWriter> logger) : BackgroundService
{
    private readonly Func<byte[], string>? _sign = signers.LastOrDefault();

    // The host may stop the service from two places at once; one checkpoint per head is enough. Never disposed: a
    // SemaphoreSlim whose wait handle is never asked for holds nothing to free, and the host may dispose this service
    // while a stop from the other place is still inside RunOnceAsync.
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Checkpoints the head if it moved; returns the new checkpoint, or null when there was nothing to do.</summary>
    public async Task<AuditCheckpoint?> RunOnceAsync(CancellationToken cancellationToken)
    {
        if (_sign is null)
        {
            return null;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            var head = await store.Audit.HeadAsync(cancellationToken);
            var checkpoints = await store.Audit.ListCheckpointsAsync(cancellationToken);
            if (head is null || (checkpoints.Count > 0 && checkpoints[^1].Sequence >= head.Sequence))
            {
                return null;
            }

            var checkpoint = AuditCheckpoint.Sign(head.Sequence, head.Hash, DateAddedStamp.FromInstant(clock.GetUtcNow()).Microseconds, _sign);
            await store.Audit.AddCheckpointAsync(checkpoint, cancellationToken);
            LogCheckpoint(checkpoint.Sequence);
            return checkpoint;
        }
        finally
        {
            _gate.Release();
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await RunOnceAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(ex);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_sign is null)
        {
            LogNoSigner();
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.CheckpointInterval, clock, stoppingToken);
                await RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A locked or unavailable store: try again at the next interval rather than stop the host.
                LogFailed(ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit checkpoint written at entry {Sequence}")]
    private partial void LogCheckpoint(long sequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No checkpoint signer is registered: audit checkpoints are not written")]
    private partial void LogNoSigner();

    [LoggerMessage(Level = LogLevel.Error, Message = "Writing an audit checkpoint failed")]
    private partial void LogFailed(Exception exception);
}
