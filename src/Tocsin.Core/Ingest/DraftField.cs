namespace Tocsin.Core.Ingest;

/// <summary>What a draft item is, as the review page groups them.</summary>
public enum DraftField
{
    /// <summary>The <c>report</c> object holding the text.</summary>
    Report,

    /// <summary>The identity of the report's publisher.</summary>
    Source,

    /// <summary>A threat actor or intrusion set (a designated organisation or a known store actor).</summary>
    Actor,

    /// <summary>An identity that asserts or is accused: a group as the speaker of a claim, a state.</summary>
    Party,

    /// <summary>A <c>location</c>.</summary>
    Location,

    /// <summary>An <c>incident</c> with its outcome and killed and injured figures.</summary>
    Incident,

    /// <summary>An <c>attributed-to</c> relationship with basis <c>claim</c>.</summary>
    Claim,

    /// <summary>An <c>attributed-to</c> relationship with basis <c>assessment</c> or <c>accusation</c>.</summary>
    Attribution,

    /// <summary>A <c>note</c> recording a threat-level change.</summary>
    LevelChange,

    /// <summary>A <c>note</c> recording a quotation and its speaker.</summary>
    Quote,

    /// <summary>A <c>located-at</c> relationship from an incident to a location.</summary>
    Link,
}
