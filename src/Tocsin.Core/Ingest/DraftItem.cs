using Tocsin.Core.Stix;

namespace Tocsin.Core.Ingest;

/// <summary>One item of a draft for the analyst to accept, correct or drop.</summary>
/// <remarks>When <see cref="Object"/> is null the item is an existing store object (a known actor matched by
/// name); <see cref="Id"/> is then its id and the draft only refers to it.</remarks>
public sealed record DraftItem
{
    /// <summary>What the item is.</summary>
    public required DraftField Field { get; init; }

    /// <summary>The STIX id: of <see cref="Object"/>, or of the existing store object referred to.</summary>
    public required string Id { get; init; }

    /// <summary>The drafted STIX object (with the provenance extension), or null for an existing object.</summary>
    public StixObject? Object { get; init; }

    /// <summary>A short human-readable value: an actor's name, a location, "completed, 137 killed, 180 injured",
    /// a claimant, "France|assessment|ISIS-K", a level change, a speaker.</summary>
    public required string Label { get; init; }

    /// <summary>The words it came from (UTF-16 offsets into <see cref="DraftBundle.Text"/>); never empty.</summary>
    public required IReadOnlyList<TextSpan> Spans { get; init; }

    /// <summary>Extraction confidence, 0–100: how sure the rules are that the words say this.</summary>
    public required int Confidence { get; init; }
}
