namespace Tocsin.Core.Stix.Extensions;

/// <summary>An Admiralty (NATO) grade of a piece of evidence: source reliability <c>A</c>–<c>F</c> and
/// information credibility <c>1</c>–<c>6</c>, written together as e.g. <c>B2</c>.</summary>
/// <remarks>The STIX <c>confidence</c> of a graded assertion follows from the grade (<see cref="Confidence"/>);
/// the table is in docs/stix-extensions.md.</remarks>
public sealed record AdmiraltyGrade
{
    private AdmiraltyGrade(char sourceReliability, int informationCredibility)
    {
        SourceReliability = sourceReliability;
        InformationCredibility = informationCredibility;
    }

    /// <summary>Upper-case <c>A</c> (completely reliable) to <c>F</c> (reliability cannot be judged).</summary>
    public char SourceReliability { get; }

    /// <summary><c>1</c> (confirmed by other sources) to <c>6</c> (truth cannot be judged).</summary>
    public int InformationCredibility { get; }

    /// <summary>The STIX <c>confidence</c> (0–100) this grade gives: the value STIX 2.1 Appendix A assigns
    /// to the credibility (1→90, 2→70, 3→50, 4→30, 5→10), capped by the reliability (A 100, B 90, C 70,
    /// D 50, E 30, F 50). Null for credibility 6, where STIX says confidence is not specified and the
    /// property is omitted.</summary>
    public int? Confidence => CredibilityConfidence(InformationCredibility) is { } value
        ? Math.Min(value, ReliabilityCap(SourceReliability))
        : null;

    /// <summary>Reads a two-character grade such as <c>B2</c>; the letter may be lower case. Fails with
    /// code <c>admiralty-grade</c> for anything else (<c>G7</c>, <c>B0</c>, <c>2B</c>, empty).</summary>
    public static Result<AdmiraltyGrade> Parse(string? text)
    {
        if (text is not { Length: 2 } || text[1] is < '1' or > '6')
        {
            return Invalid(text);
        }

        return Create(text[..1], text[1] - '0') is { IsSuccess: true } grade ? grade : Invalid(text);
    }

    /// <summary>Builds a grade from its two parts as the assertion extension stores them
    /// (<c>source_reliability</c>, <c>information_credibility</c>). Fails with code <c>admiralty-grade</c>
    /// when the letter is not one of A–F (either case) or the digit is not 1–6.</summary>
    public static Result<AdmiraltyGrade> Create(string? sourceReliability, int informationCredibility)
    {
        if (sourceReliability is not { Length: 1 } || char.ToUpperInvariant(sourceReliability[0]) is < 'A' or > 'F')
        {
            return new Error("admiralty-grade", $"Source reliability must be one letter A to F, not '{sourceReliability}'.");
        }

        if (informationCredibility is < 1 or > 6)
        {
            return new Error("admiralty-grade", $"Information credibility must be 1 to 6, not {informationCredibility}.");
        }

        return new AdmiraltyGrade(char.ToUpperInvariant(sourceReliability[0]), informationCredibility);
    }

    /// <summary>The credibility part of the table: STIX 2.1 Appendix A "Admiralty Credibility" scale.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not 1–6.</exception>
    public static int? CredibilityConfidence(int informationCredibility) => informationCredibility switch
    {
        1 => 90,
        2 => 70,
        3 => 50,
        4 => 30,
        5 => 10,
        6 => null,
        _ => throw new ArgumentOutOfRangeException(nameof(informationCredibility), informationCredibility, "Credibility is 1 to 6."),
    };

    /// <summary>The highest confidence a source of this reliability can support. F (cannot be judged)
    /// supports no more than an even chance.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not A–F.</exception>
    public static int ReliabilityCap(char sourceReliability) => char.ToUpperInvariant(sourceReliability) switch
    {
        'A' => 100,
        'B' => 90,
        'C' => 70,
        'D' => 50,
        'E' => 30,
        'F' => 50,
        _ => throw new ArgumentOutOfRangeException(nameof(sourceReliability), sourceReliability, "Reliability is A to F."),
    };

    /// <summary>The grade as written, e.g. <c>B2</c>.</summary>
    public override string ToString() => string.Concat(SourceReliability.ToString(), InformationCredibility.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static Error Invalid(string? text) =>
        new("admiralty-grade", $"'{text}' is not an Admiralty grade: a letter A to F followed by a digit 1 to 6, e.g. B2.");
}
