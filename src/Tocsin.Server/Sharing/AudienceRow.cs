namespace Tocsin.Server.Sharing;

/// <summary>One partner in "who will receive it": its name, its country, and why it would not receive the tearline
/// (a <see cref="PreviewRow"/> reason code), null when it would.</summary>
public sealed record AudienceRow(string Partner, string Country, string? Reason)
{
    /// <summary>True when the partner would receive the tearline.</summary>
    public bool Receives => Reason is null;
}
