using PlanCertainty = Tocsin.Core.Plan.Schemes.CapCertainty;
using PlanSeverity = Tocsin.Core.Plan.Schemes.CapSeverity;
using PlanUrgency = Tocsin.Core.Plan.Schemes.CapUrgency;

namespace Tocsin.Core.Publication;

/// <summary>Maps the CAP vocabularies a scheme file names (Plan) to the CAP model's own (Cap). The two
/// enums have the same members; the mapping is spelled out so that neither depends on the other.</summary>
public static class CapLevelMapping
{
    /// <summary>The CAP model's urgency for a scheme's.</summary>
    public static Cap.CapUrgency ToCap(PlanUrgency urgency) => urgency switch
    {
        PlanUrgency.Immediate => Cap.CapUrgency.Immediate,
        PlanUrgency.Expected => Cap.CapUrgency.Expected,
        PlanUrgency.Future => Cap.CapUrgency.Future,
        PlanUrgency.Past => Cap.CapUrgency.Past,
        PlanUrgency.Unknown => Cap.CapUrgency.Unknown,
    };

    /// <summary>The CAP model's severity for a scheme's.</summary>
    public static Cap.CapSeverity ToCap(PlanSeverity severity) => severity switch
    {
        PlanSeverity.Extreme => Cap.CapSeverity.Extreme,
        PlanSeverity.Severe => Cap.CapSeverity.Severe,
        PlanSeverity.Moderate => Cap.CapSeverity.Moderate,
        PlanSeverity.Minor => Cap.CapSeverity.Minor,
        PlanSeverity.Unknown => Cap.CapSeverity.Unknown,
    };

    /// <summary>The CAP model's certainty for a scheme's.</summary>
    public static Cap.CapCertainty ToCap(PlanCertainty certainty) => certainty switch
    {
        PlanCertainty.Observed => Cap.CapCertainty.Observed,
        PlanCertainty.Likely => Cap.CapCertainty.Likely,
        PlanCertainty.Possible => Cap.CapCertainty.Possible,
        PlanCertainty.Unlikely => Cap.CapCertainty.Unlikely,
        PlanCertainty.Unknown => Cap.CapCertainty.Unknown,
    };
}
