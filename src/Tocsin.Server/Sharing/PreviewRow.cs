using Tocsin.Core.Stix;

namespace Tocsin.Server.Sharing;

/// <summary>One version in a "see as partner" preview: the version as stored and, when withheld, the stable reason code
/// (<see cref="Core.Sharing.SharingDecision.CodeOf"/>, or <c>no-read-access</c> when the partner may not read the
/// collection at all); null when the partner receives it.</summary>
public sealed record PreviewRow(StixObject Version, string? Reason, bool OwnContribution)
{
    /// <summary>Reason code of a version the policy allows but the partner cannot fetch: it holds no read grant on the collection.</summary>
    public const string NoReadAccess = "no-read-access";

    /// <summary>The reason code of a policy decision for a partner that holds (<paramref name="canRead"/>) or lacks a read
    /// grant on the collection: the decision's own code, <see cref="NoReadAccess"/> for an allowed version it cannot fetch,
    /// null when it receives the version.</summary>
    public static string? ReasonOf(Core.Sharing.SharingDecision decision, bool canRead)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return decision.Reason is { } reason ? Core.Sharing.SharingDecision.CodeOf(reason) : canRead ? null : NoReadAccess;
    }

    /// <summary>The version's <c>name</c>, when it has one.</summary>
    public string? Name => Version.Root.TryGetProperty("name", out var name) && name.ValueKind == System.Text.Json.JsonValueKind.String ? name.GetString() : null;
}
