namespace Tocsin.Core.Plan.Schemes;

/// <summary>The JSON shape of a scheme's <c>capExpires</c>, before validation.</summary>
internal sealed class CapExpiresFile
{
    public string? Policy { get; set; }

    public double? PeriodHours { get; set; }

    public double? ReissueMarginHours { get; set; }
}
