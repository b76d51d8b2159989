using System.Globalization;
using Tocsin.Core.Ingest.Text;

namespace Tocsin.Core.Ingest.Extraction;

/// <summary>Reads a count from a run of word tokens: digits ("137", "1,200", "1 200") or English and French
/// words composed the way numbers are spoken ("seventy-three", "two hundred and six", "a dozen",
/// "quatre-vingt-dix", "soixante et onze", "deux cents", "mille"). Vague quantities ("dozens", "hundreds",
/// "des dizaines") are read as no figure at all, so that a pattern does not fall back on a part of them.</summary>
/// <remarks>A small grammar over the tokenizer's folded keys rather than a pattern per wording: hyphens
/// already separate words, so "seventy-three" and "seventy three" are the same two tokens.</remarks>
internal static class NumberWords
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.Ordinal)
    {
        ["zero"] = 0,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fourty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
        ["un"] = 1,
        ["une"] = 1,
        ["deux"] = 2,
        ["trois"] = 3,
        ["quatre"] = 4,
        ["cinq"] = 5,
        ["sept"] = 7,
        ["huit"] = 8,
        ["neuf"] = 9,
        ["dix"] = 10,
        ["onze"] = 11,
        ["douze"] = 12,
        ["treize"] = 13,
        ["quatorze"] = 14,
        ["quinze"] = 15,
        ["seize"] = 16,
        ["vingt"] = 20,
        ["vingts"] = 20,
        ["trente"] = 30,
        ["quarante"] = 40,
        ["cinquante"] = 50,
        ["soixante"] = 60,
        ["septante"] = 70,
        ["huitante"] = 80,
        ["octante"] = 80,
        ["nonante"] = 90,
    };

    private static readonly Dictionary<string, int> Multipliers = new(StringComparer.Ordinal)
    {
        ["hundred"] = 100,
        ["cent"] = 100,
        ["cents"] = 100,
        ["thousand"] = 1000,
        ["mille"] = 1000,
        ["million"] = 1_000_000,
        ["millions"] = 1_000_000,
    };

    /// <summary>Words for exactly twelve ("a dozen", "une douzaine").</summary>
    private static readonly HashSet<string> Dozen = new(StringComparer.Ordinal) { "dozen", "douzaine" };

    /// <summary>Plural round quantities that are not a figure.</summary>
    private static readonly HashSet<string> Vague = new(StringComparer.Ordinal)
    {
        "dozens", "scores", "hundreds", "thousands", "millions", "douzaines", "dizaines", "vingtaines", "centaines", "milliers",
        "dizaine", "vingtaine", "trentaine", "quarantaine", "cinquantaine", "soixantaine", "centaine", "millier",
    };

    /// <summary>French round figures after "une" ("une soixantaine de morts"): the figure reports give, approximate.</summary>
    private static readonly Dictionary<string, int> Round = new(StringComparer.Ordinal)
    {
        ["dizaine"] = 10,
        ["quinzaine"] = 15,
        ["vingtaine"] = 20,
        ["trentaine"] = 30,
        ["quarantaine"] = 40,
        ["cinquantaine"] = 50,
        ["soixantaine"] = 60,
        ["centaine"] = 100,
        ["millier"] = 1000,
    };

    /// <summary>Reads the number that starts at token <paramref name="index"/> of <paramref name="tokens"/>;
    /// <paramref name="text"/> is the text the tokens index (it tells "1,200" from "1, 200").</summary>
    public static NumberReading? Read(string text, IReadOnlyList<Token> tokens, int index, int end)
    {
        if (index < 0 || index >= end)
        {
            return null;
        }

        var first = tokens[index].Key;
        if (IsDigits(first))
        {
            return ReadDigits(text, tokens, index, end);
        }

        if (first is "une" or "un" && index + 1 < end && Round.TryGetValue(tokens[index + 1].Key, out var round))
        {
            return new NumberReading(round, index, index + 1, Written: true, IsFigure: true);
        }

        if (Vague.Contains(first))
        {
            return new NumberReading(0, index, index, Written: true, IsFigure: false);
        }

        return ReadWords(tokens, index, end);
    }

    /// <summary>Whether a word key is a number word other than those that double as articles (one, un, une).</summary>
    public static bool IsCountWord(string key) =>
        key is not ("one" or "un" or "une") && (Units.ContainsKey(key) || Multipliers.ContainsKey(key));

    /// <summary>Reads a whole phrase as one number ("two hundred and six", "1 200"); null if it is not one.</summary>
    public static int? Parse(string phrase)
    {
        var text = UnicodeTables.ToNfc(phrase);
        var tokens = Tokenizer.Tokenize(text);
        var reading = Read(text, tokens, 0, tokens.Count);
        return reading is { IsFigure: true } r && r.Last == tokens.Count - 1 ? r.Value : null;
    }

    private static NumberReading? ReadDigits(string text, IReadOnlyList<Token> tokens, int index, int end)
    {
        if (tokens[index].Key.Length > 7)
        {
            return null;
        }

        var value = long.Parse(tokens[index].Key, CultureInfo.InvariantCulture);
        var last = index;
        // Thousands groups: "1,200" (comma, no space) or "1 200" (one space of any kind), only after a
        // first group of at most three digits, so "12, 150" stays two numbers.
        if (tokens[index].Key.Length <= 3)
        {
            while (last + 1 < end && tokens[last + 1].Key.Length == 3 && IsDigits(tokens[last + 1].Key)
                   && IsThousandsGap(text, tokens[last].End, tokens[last + 1].Start) && value < 100_000)
            {
                value = (value * 1000) + long.Parse(tokens[last + 1].Key, CultureInfo.InvariantCulture);
                last++;
            }
        }

        return value > int.MaxValue ? null : new NumberReading((int)value, index, last, Written: false, IsFigure: true);
    }

    private static bool IsThousandsGap(string text, int from, int to) =>
        to - from == 1 && text[from] is ',' or ' ' or '\u00A0' or '\u202F' or '\u2009';

    private static NumberReading? ReadWords(IReadOnlyList<Token> tokens, int index, int end)
    {
        long total = 0;
        long current = 0;
        var last = -1;
        var i = index;
        while (i < end)
        {
            var key = tokens[i].Key;
            if ((key is "a" or "an" or "one" or "un" or "une") && i + 1 < end && Dozen.Contains(tokens[i + 1].Key) && current == 0)
            {
                current = 12;
                last = i + 1;
                i += 2;
                continue;
            }

            if (key is "a" && i + 1 < end && Multipliers.ContainsKey(tokens[i + 1].Key) && current == 0 && last < 0)
            {
                // "a hundred", "a thousand"
                current = 1;
                i++;
                continue;
            }

            if (Units.TryGetValue(key, out var unit))
            {
                if (!CanAdd(current, unit, last >= 0))
                {
                    break;
                }

                current = current % 100 == 4 && unit == 20 && last >= 0 ? current + 76 : current + unit;
                last = i;
                i++;
                continue;
            }

            if (Multipliers.TryGetValue(key, out var multiplier))
            {
                if (multiplier == 100)
                {
                    if (current % 1000 >= 100)
                    {
                        break;
                    }

                    current = (current == 0 ? 1 : current) * 100;
                }
                else
                {
                    if (multiplier == 1000 && total % 1_000_000 >= 1000)
                    {
                        break;
                    }

                    total += (current == 0 ? 1 : current) * multiplier;
                    current = 0;
                }

                last = i;
                i++;
                continue;
            }

            // "two hundred and six", "vingt et un", "soixante et onze"
            if ((key is "and" or "et") && last >= 0 && i + 1 < end && Units.TryGetValue(tokens[i + 1].Key, out var next)
                && (key == "and" ? current % 100 == 0 && (current > 0 || total > 0) : current % 10 == 0 && current % 100 >= 20 && next is 1 or 11))
            {
                i++;
                continue;
            }

            break;
        }

        if (last < 0)
        {
            return null;
        }

        var value = total + current;
        return value > int.MaxValue ? null : new NumberReading((int)value, index, last, Written: true, IsFigure: true);
    }

    /// <summary>Whether <paramref name="unit"/> continues the number read so far: anything after nothing, a
    /// round hundred or thousand; seven to nine after ten ("dix-huit"); a digit after a tens word ("seventy three", "vingt-deux"); ten to nineteen after
    /// soixante or quatre-vingt ("soixante-dix-sept", "quatre-vingt-onze"); vingt after quatre (80).</summary>
    private static bool CanAdd(long current, int unit, bool started)
    {
        if (!started)
        {
            return true;
        }

        var below100 = current % 100;
        return below100 switch
        {
            0 => unit < 100,
            10 => unit is >= 7 and <= 9,
            4 => unit == 20 && current % 1000 < 100 || unit == 20 && current >= 100,
            60 or 80 => unit < 20,
            70 or 90 when unit < 10 => true,
            _ when below100 >= 20 && below100 % 10 == 0 => unit < 10,
            _ => false,
        };
    }

    private static bool IsDigits(string key)
    {
        foreach (var c in key)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return key.Length > 0;
    }
}

/// <summary>A number read from tokens <see cref="First"/> to <see cref="Last"/> (inclusive).
/// <see cref="IsFigure"/> is false for vague quantities ("dozens"), which stop a pattern without giving a count.</summary>
internal readonly record struct NumberReading(int Value, int First, int Last, bool Written, bool IsFigure);
