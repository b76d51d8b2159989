namespace Tocsin.Core.Ingest.Text;

/// <summary>Where a cue's argument stands relative to it: the claimant of a claim, the accused of an
/// accusation or assessment, the speaker of a reporting verb.</summary>
internal enum CueSide
{
    /// <summary>No argument (negations, hedges, roles).</summary>
    None,

    /// <summary>Before the cue, as its subject: "X claimed responsibility", "X was behind".</summary>
    Before,

    /// <summary>After the cue, as its object or agent: "was claimed by X", "accused X", "according to X".</summary>
    After,

    /// <summary>Either side, the nearest first: "the claim of responsibility by X", "X's claim".</summary>
    Either,
}
