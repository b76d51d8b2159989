namespace Tocsin.Server.Classification;

/// <summary>National classification (section <c>Tocsin:Classification</c>, docs/classification.md).</summary>
public sealed record ClassificationSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Tocsin:Classification";

    /// <summary>The ordered scale: <c>fr</c> (the default), <c>uk</c>, or the path of a scale file.</summary>
    public string Scale { get; init; } = "fr";

    /// <summary>The deployment's country (ISO 3166-1 alpha-3), for national-only caveats; unset, the scale's
    /// country (FRA for <c>fr</c>, GBR for <c>uk</c>).</summary>
    public string? Country { get; init; }

    /// <summary>Staff reads of versions classified at this level or above, or carrying a compartment, are on the
    /// record; unset, the scale's second level (DIFFUSION RESTREINTE, OFFICIAL-SENSITIVE).</summary>
    public string? RecordReadsFrom { get; init; }
}
