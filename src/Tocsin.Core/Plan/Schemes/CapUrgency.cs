namespace Tocsin.Core.Plan.Schemes;

/// <summary>The CAP 1.2 <c>urgency</c> values (OASIS CAP 1.2, section 3.2.2), written in scheme
/// files exactly as CAP spells them.</summary>
public enum CapUrgency
{
    /// <summary>Responsive action should be taken immediately.</summary>
    Immediate,

    /// <summary>Responsive action should be taken soon (within the next hour).</summary>
    Expected,

    /// <summary>Responsive action should be taken in the near future.</summary>
    Future,

    /// <summary>Responsive action is no longer required.</summary>
    Past,

    /// <summary>Urgency not known.</summary>
    Unknown,
}
