namespace Tocsin.Core.Ingest.Extraction;

/// <summary>DESIGN's incident outcomes and the Incident Core <c>determination</c> each maps to.</summary>
internal enum IncidentOutcome
{
    /// <summary>successful-attempt</summary>
    Completed,

    /// <summary>failed-attempt</summary>
    Attempted,

    /// <summary>blocked</summary>
    Foiled,

    /// <summary>suspected: an incident the report attributes but does not describe.</summary>
    Unknown,
}
