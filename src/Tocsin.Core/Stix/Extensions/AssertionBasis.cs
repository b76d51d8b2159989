namespace Tocsin.Core.Stix.Extensions;

/// <summary>The values of the assertion extension's <c>basis</c> (a closed enumeration).</summary>
public static class AssertionBasis
{
    /// <summary>The party says it did it itself, e.g. a claim of responsibility.</summary>
    public const string Claim = "claim";

    /// <summary>An intelligence or investigative judgement by a service or authority.</summary>
    public const string Assessment = "assessment";

    /// <summary>A political statement blaming someone, whatever the evidence behind it.</summary>
    public const string Accusation = "accusation";

    /// <summary>Every allowed value, in the order above.</summary>
    public static IReadOnlyList<string> All { get; } = [Claim, Assessment, Accusation];
}
