using System.Text.Json;

namespace Tocsin.Core.Ingest.Text;

/// <summary>The assertion lexicons of every language (Data/lexicons/{language}/claim-*, report-*, accuse-*,
/// assess-*, roles-*), compiled once into phrase matchers over token keys. Phrases are matched as words, so
/// inflections are listed in the data, never folded into patterns.</summary>
/// <remarks>A phrase is kept once per language and class; the report's language selects which are read.</remarks>
internal sealed class Lexicon
{
    private const string Prefix = "Tocsin.Core.Ingest.Data.lexicons.";
    private const int ObjectReach = 5;

    private static readonly Lazy<Lexicon> Shipped = new(Load);

    private static readonly string[] OwnFiles = ["claim-", "report-", "accuse-", "assess-", "roles-"];

    private Lexicon()
    {
    }

    public static Lexicon Instance => Shipped.Value;

    /// <summary>Claim, accusation, assessment, reporting, withdrawal, outlet, role and reference phrases.</summary>
    public PhraseMatcher<Cue> Cues { get; } = new();

    /// <summary>Negations and hedges, matched apart so they may overlap a cue ("could be linked").</summary>
    public PhraseMatcher<Cue> Modifiers { get; } = new();

    /// <summary>Head words of a group's name (brigade, front, mouvement), as token keys.</summary>
    public HashSet<string> GroupWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Verbs of the deed itself (planted, blew up, killed), as token keys: a group that says "it had
    /// planted the bomb" claims it.</summary>
    public List<string[]> Deeds { get; } = [];

    /// <summary>Titles that start a person's name (General, Sheikh, M.), as token keys.</summary>
    public HashSet<string> PersonTitles { get; } = new(StringComparer.Ordinal);

    /// <summary>The cues of <paramref name="language"/> (every language when null): "suspect" is a verb in
    /// English and a noun in French.</summary>
    /// <remarks>A cue that needs an object or a complement and has none is refused where it stands, so the same
    /// words listed in another class are read as that class instead ("claimed" with no attack noun after it
    /// is a reporting verb: "JNIM claimed on its channel to have ambushed a convoy").</remarks>
    public List<CueMatch> MatchCues(List<Token> tokens, string? language) =>
        ToCues(Cues.Match(tokens, (cue, first, last) => (language is null || string.Equals(cue.Language, language, StringComparison.Ordinal))
            && (!cue.NeedsObject || HasObject(tokens, last)) && (cue.Complement is null || HasComplement(tokens, last, cue.Complement))));

    /// <summary>The cue's predicative word ("responsible", "responsables") within five words after it.</summary>
    private static bool HasComplement(List<Token> tokens, int last, string complement)
    {
        for (var i = last + 1; i < tokens.Count && i <= last + ObjectReach; i++)
        {
            if (tokens[i].Key.StartsWith(complement, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Nouns of the attack a verb may take as its object ("responsibility", "attack", "attentat").</summary>
    public HashSet<string> Objects { get; } = new(StringComparer.Ordinal);

    /// <summary>An attack noun within five words after the verb, in its sentence (no full stop between).</summary>
    private bool HasObject(List<Token> tokens, int last)
    {
        for (var i = last + 1; i < tokens.Count && i <= last + ObjectReach; i++)
        {
            if (Objects.Contains(tokens[i].Key))
            {
                return true;
            }
        }

        return false;
    }

    public List<CueMatch> MatchModifiers(List<Token> tokens, string? language) => ToCues(Modifiers.Match(tokens, Accept(language)));

    private static Func<Cue, int, int, bool>? Accept(string? language) =>
        language is null ? null : (cue, _, _) => string.Equals(cue.Language, language, StringComparison.Ordinal);

    private static List<CueMatch> ToCues(List<PhraseMatch<Cue>> matches) =>
        matches.Select(m => new CueMatch(m.Value, m.FirstToken, m.LastToken, m.Span)).ToList();

    private static Lexicon Load()
    {
        var lexicon = new Lexicon();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in IngestResources.Names(Prefix))
        {
            // "{language}.{file}" after the prefix.
            var file = name[Prefix.Length..];
            file = file[(file.IndexOf('.', StringComparison.Ordinal) + 1)..];
            if (!OwnFiles.Any(file.StartsWith))
            {
                continue;
            }

            using var document = JsonDocument.Parse(IngestResources.ReadResource(name));
            lexicon.Add(document.RootElement, seen);
        }

        return lexicon;
    }

    private void Add(JsonElement root, HashSet<string> seen)
    {
        var language = root.GetProperty("language").GetString()!;
        var cls = root.GetProperty("class").GetString()!;
        var hedges = Strings(root, "hedges").Select(Key).ToHashSet(StringComparer.Ordinal);
        if (root.TryGetProperty("cues", out var cues))
        {
            foreach (var item in cues.EnumerateArray())
            {
                var phrase = item.GetProperty("phrase").GetString()!;
                var side = Side(item, cls);
                var isExplicit = !item.TryGetProperty("strength", out var strength) || strength.GetString() == "explicit";
                var needsObject = item.TryGetProperty("object", out var needs) && needs.GetBoolean();
                var complement = item.TryGetProperty("complement", out var word) ? Key(word.GetString()!) : null;
                AddPhrase(Cues, seen, new Cue(Class(cls), phrase, language, side, isExplicit, hedges.Contains(Key(phrase)), needsObject, complement));
            }
        }

        AddAll(Cues, seen, root, "withdrawals", CueClass.Withdrawal, language);
        AddAll(Cues, seen, root, "outlets", CueClass.Outlet, language);
        AddAll(Cues, seen, root, "roles", CueClass.Role, language);
        AddAll(Cues, seen, root, "references", CueClass.Reference, language);
        AddAll(Cues, seen, root, "complicity", CueClass.Complicity, language);
        AddAll(Modifiers, seen, root, "negations", CueClass.Negation, language);
        foreach (var hedge in Strings(root, "hedges"))
        {
            AddPhrase(Modifiers, seen, new Cue(CueClass.Hedge, hedge, language, CueSide.None, true, true));
        }

        GroupWords.UnionWith(Strings(root, "groupWords").Select(Key));
        Objects.UnionWith(Strings(root, "objects").Select(Key));
        AddAll(Cues, seen, root, "selfReport", CueClass.SelfReport, language);
        PersonTitles.UnionWith(Strings(root, "personTitles").Select(Key));
        Deeds.AddRange(Strings(root, "deeds").Select(d => Tokenizer.Keys(d)).Where(k => k.Length > 0));
    }

    private static void AddAll(PhraseMatcher<Cue> matcher, HashSet<string> seen, JsonElement root, string property, CueClass cls, string language)
    {
        foreach (var phrase in Strings(root, property))
        {
            AddPhrase(matcher, seen, new Cue(cls, phrase, language, CueSide.None, true, false));
        }
    }

    /// <summary>A phrase listed twice in one class and language keeps its first entry; one listed in two classes
    /// is kept in both, and read as the class of the file loaded first unless that reading is refused.</summary>
    private static void AddPhrase(PhraseMatcher<Cue> matcher, HashSet<string> seen, Cue cue)
    {
        var keys = Tokenizer.Keys(cue.Phrase);
        var modifier = (cue.Class is CueClass.Negation or CueClass.Hedge ? "m:" : "c:" + cue.Class + ":") + cue.Language + ":";
        if (keys.Length > 0 && seen.Add(modifier + string.Join(' ', keys)))
        {
            matcher.Add(keys, cue);
        }
    }

    private static CueSide Side(JsonElement item, string cls)
    {
        var name = cls switch { "claim" => "agent", "report" => "speaker", _ => "target" };
        return item.TryGetProperty(name, out var side)
            ? side.GetString() switch { "before" => CueSide.Before, "after" => CueSide.After, _ => CueSide.Either }
            : CueSide.Either;
    }

    private static CueClass Class(string cls) => cls switch
    {
        "claim" => CueClass.Claim,
        "accuse" => CueClass.Accuse,
        "assess" => CueClass.Assess,
        "report" => CueClass.Report,
        _ => throw new InvalidOperationException($"Unknown lexicon class '{cls}'."),
    };

    private static string Key(string phrase) => string.Join(' ', Tokenizer.Keys(phrase));

    private static IEnumerable<string> Strings(JsonElement root, string property) =>
        root.TryGetProperty(property, out var array) ? array.EnumerateArray().Select(e => e.GetString()!) : [];
}
