namespace Tocsin.Core.Stix;

/// <summary>How bad a validation problem is: the specification's MUST gives an error, SHOULD a warning.</summary>
public enum ValidationSeverity
{
    /// <summary>A MUST of the specification is broken; the object is refused.</summary>
    Error,

    /// <summary>A SHOULD is not followed; the object is accepted and the problem reported.</summary>
    Warning,
}
