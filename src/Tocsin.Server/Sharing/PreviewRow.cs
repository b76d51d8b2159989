using Tocsin.Core.Stix;

namespace Tocsin.Server.Sharing;

/// <summary>One version in a "see as partner" preview: the version as stored and, when withheld, the stable reason code
/// (<see cref="Core.Sharing.SharingDecision.CodeOf"/>, or <c>no-read-access</c> when the partner may not read the
/// collection at all); null when the partner receives it.</summary>
public sealed record PreviewRow(StixObject Version, string? Reason, bool OwnContribution)
{
    /// <summary>Reason code of a version the policy allows but the partner cannot fetch: it holds no read grant on the collection.</summary>
    public const string NoReadAccess = "no-read-access";

    /// <summary>The version's <c>name</c>, when it has one.</summary>
    public string? Name => Version.Root.TryGetProperty("name", out var name) && name.ValueKind == System.Text.Json.JsonValueKind.String ? name.GetString() : null;
}
