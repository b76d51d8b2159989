namespace Tocsin.Core.Classification;

/// <summary>The deployment's national classification settings the read rules need: its scale and its country
/// (for national-only caveats).</summary>
/// <param name="Scale">The ordered scale of levels and its caveats.</param>
/// <param name="Country">ISO 3166-1 alpha-3 code of the deployment's country; null makes every partner foreign
/// for national-only caveats (the safe side).</param>
public sealed record NationalRules(ClassificationScale Scale, string? Country)
{
    /// <summary>The French scale with its country (FRA): the defaults of a deployment that configures nothing.</summary>
    public static NationalRules Default { get; } = new(ClassificationScales.French, ClassificationScales.French.Country);

    /// <summary>A stable text of these rules, for telling whether a computed view must be recomputed.</summary>
    public string Fingerprint() => $"{Scale.Fingerprint()}|{Country}";
}
