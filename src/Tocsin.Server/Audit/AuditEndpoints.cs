using Microsoft.AspNetCore.Http.HttpResults;
using Tocsin.Core.Audit;
using Tocsin.Server.Auth;
using Tocsin.Storage;

namespace Tocsin.Server.Audit;

/// <summary>The audit log's published checkpoints and its head.</summary>
public static class AuditEndpoints
{
    /// <summary>Maps <c>GET /api/v1/audit/checkpoints</c> (public: anyone may keep copies to hold the operator to)
    /// and <c>GET /api/v1/audit/head</c> (staff, any role: 401 without credentials, 403 for a partner). Hashes are lower-case hex,
    /// times RFC 3339 UTC with microseconds; a checkpoint's signature is over the RFC 8785 JSON
    /// <c>{"at": µs since the epoch, "hash", "sequence"}</c> (docs/audit.md).</summary>
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/audit/checkpoints", CheckpointsAsync).WithTags("Audit").AllowAnonymous();
        // The head is internal: only staff hold the log, so only staff compare against its head.
        endpoints.MapGet("/api/v1/audit/head", HeadAsync).WithTags("Audit").RequireStaff();
        return endpoints;
    }

    private static async Task<Ok<IReadOnlyList<CheckpointResponse>>> CheckpointsAsync(ITocsinStore store, CancellationToken cancellationToken)
    {
        var checkpoints = await store.Audit.ListCheckpointsAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<CheckpointResponse>>([.. checkpoints.Select(c => new CheckpointResponse(
            c.Sequence, Convert.ToHexStringLower(c.Hash.Span), c.At, new DateAddedStamp(c.At).ToTaxiiString(), c.Signature))]);
    }

    private static async Task<Ok<HeadResponse>> HeadAsync(ITocsinStore store, CancellationToken cancellationToken)
    {
        var head = await store.Audit.HeadAsync(cancellationToken);
        return TypedResults.Ok(head is null
            ? new HeadResponse(0, Convert.ToHexStringLower(AuditEncoding.GenesisHash.Span), null)
            : new HeadResponse(head.Sequence, Convert.ToHexStringLower(head.Hash.Span), new DateAddedStamp(head.At).ToTaxiiString()));
    }

    /// <summary>A published checkpoint; <c>AtMicros</c> is the signed time, <c>At</c> the same instant as text.</summary>
    public sealed record CheckpointResponse(long Sequence, string Hash, long AtMicros, string At, string Signature);

    /// <summary>The last entry of the log (sequence 0 and the genesis hash when empty).</summary>
    public sealed record HeadResponse(long Sequence, string Hash, string? At);
}
