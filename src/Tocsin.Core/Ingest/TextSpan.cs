namespace Tocsin.Core.Ingest;

/// <summary>A range of the NFC-normalised report text, in UTF-16 code units: <see cref="Start"/> inclusive,
/// <see cref="End"/> exclusive, so <c>text[Start..End]</c> is the words an item came from.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of UTF-16 code units covered.</summary>
    public int Length => End - Start;

    /// <summary>The covered words of <paramref name="text"/> (the NFC text the span was computed on).</summary>
    public string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[Start..End];
    }

    /// <summary>The smallest span covering both.</summary>
    public TextSpan Union(TextSpan other) => new(Math.Min(Start, other.Start), Math.Max(End, other.End));

    /// <summary>True when the two spans share at least one code unit.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
}
