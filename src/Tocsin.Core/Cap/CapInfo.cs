namespace Tocsin.Core.Cap;

/// <summary>A CAP 1.2 <c>info</c> block (§3.2.2): what happens, how urgent, where, in one language.</summary>
public sealed record CapInfo
{
    /// <summary>RFC 3066 language tag such as <c>fr-FR</c>; null omits the element, which CAP reads as <c>en-US</c>.</summary>
    public string? Language { get; init; }

    /// <summary>At least one category; terrorism alerts use <see cref="CapCategory.Security"/>.</summary>
    public required IReadOnlyList<CapCategory> Categories { get; init; }

    /// <summary>The subject event, as text (e.g. the alert level's name).</summary>
    public required string Event { get; init; }

    /// <summary>Recommended actions, in order.</summary>
    public IReadOnlyList<CapResponseType> ResponseTypes { get; init; } = [];

    /// <summary>Urgency of the subject event.</summary>
    public required CapUrgency Urgency { get; init; }

    /// <summary>Severity of the subject event.</summary>
    public required CapSeverity Severity { get; init; }

    /// <summary>Certainty of the subject event.</summary>
    public required CapCertainty Certainty { get; init; }

    /// <summary>Intended audience, as text.</summary>
    public string? Audience { get; init; }

    /// <summary>System-specific event codes (e.g. the scheme's level code).</summary>
    public IReadOnlyList<CapValuePair> EventCodes { get; init; } = [];

    /// <summary>When the information takes effect; whole seconds. Absent means the same as <c>sent</c>.</summary>
    public DateTimeOffset? Effective { get; init; }

    /// <summary>Expected beginning of the subject event; whole seconds.</summary>
    public DateTimeOffset? Onset { get; init; }

    /// <summary>When the information stops being in force; whole seconds.</summary>
    public DateTimeOffset? Expires { get; init; }

    /// <summary>Human-readable name of the issuing authority.</summary>
    public string? SenderName { get; init; }

    /// <summary>Short text headline (the feed entry's title); CAP suggests 160 characters at most.</summary>
    public string? Headline { get; init; }

    /// <summary>Extended description of the hazard or event.</summary>
    public string? Description { get; init; }

    /// <summary>Recommended action for the recipients.</summary>
    public string? Instruction { get; init; }

    /// <summary>Absolute URI of further information.</summary>
    public string? Web { get; init; }

    /// <summary>Follow-up and confirmation contact.</summary>
    public string? Contact { get; init; }

    /// <summary>System-specific additional parameters.</summary>
    public IReadOnlyList<CapValuePair> Parameters { get; init; } = [];

    /// <summary>Supplemental files (§3.2.3).</summary>
    public IReadOnlyList<CapResource> Resources { get; init; } = [];

    /// <summary>Affected areas (§3.2.4).</summary>
    public IReadOnlyList<CapArea> Areas { get; init; } = [];
}
