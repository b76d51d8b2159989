namespace Tocsin.Core.Cap;

/// <summary>A CAP 1.2 <c>alert</c> (§3.2.1): the message envelope and its <c>info</c> blocks. Values are
/// kept as the model says and checked by <see cref="CapValidator"/>; <see cref="CapWriter"/> refuses a
/// message with any error. Optional text left null (or empty) is not written.</summary>
public sealed record CapAlert
{
    /// <summary>Unique per sender; no spaces, commas, <c>&lt;</c> or <c>&amp;</c> (§3.2.1). Tocsin uses <c>urn:uuid:</c> values.</summary>
    public required string Identifier { get; init; }

    /// <summary>Globally unique originator id, e.g. a domain-based address; same character rules as <see cref="Identifier"/>.</summary>
    public required string Sender { get; init; }

    /// <summary>Origination time, whole seconds; written in its own offset, UTC as <c>-00:00</c> (§3.3.2).</summary>
    public required DateTimeOffset Sent { get; init; }

    /// <summary>Handling code; exercises are <see cref="CapStatus.Exercise"/> and never reach the public feed.</summary>
    public required CapStatus Status { get; init; }

    /// <summary>Nature of the message; every type but Alert needs <see cref="References"/>.</summary>
    public required CapMsgType MsgType { get; init; }

    /// <summary>Intended distribution; Restricted needs <see cref="Restriction"/>, Private needs <see cref="Addresses"/>.</summary>
    public required CapScope Scope { get; init; }

    /// <summary>The particular source of the message, e.g. an operator or a device.</summary>
    public string? Source { get; init; }

    /// <summary>Rule for limiting distribution; required when <see cref="Scope"/> is Restricted.</summary>
    public string? Restriction { get; init; }

    /// <summary>Space-separated recipient list, names with spaces in double quotes, as on the wire; required when Private.</summary>
    public string? Addresses { get; init; }

    /// <summary>Special-handling codes, one <c>code</c> element each (e.g. a profile URN).</summary>
    public IReadOnlyList<string> Codes { get; init; } = [];

    /// <summary>Purpose or significance; names the exercise for Exercise messages, explains Error messages.</summary>
    public string? Note { get; init; }

    /// <summary>Earlier messages this one updates, cancels, acknowledges or rejects, written space-separated.</summary>
    public IReadOnlyList<CapReference> References { get; init; } = [];

    /// <summary>Space-separated incident names, as on the wire.</summary>
    public string? Incidents { get; init; }

    /// <summary>One block per language (and, rarely, per audience); written in this order.</summary>
    public IReadOnlyList<CapInfo> Infos { get; init; } = [];
}
