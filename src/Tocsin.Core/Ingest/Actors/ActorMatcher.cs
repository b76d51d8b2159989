using Tocsin.Core.Ingest.Extraction;
using Tocsin.Core.Ingest.Text;

namespace Tocsin.Core.Ingest.Actors;

/// <summary>Finds designated organisations and known store actors in a text (docs/ingest.md, "Actors").</summary>
internal static class ActorMatcher
{
    /// <summary>Folded words near which a short acronym such as IS or EI names a group.</summary>
    private static readonly HashSet<string> ContextWords = new(StringComparer.Ordinal)
    {
        "claimed", "claim", "claims", "claiming", "responsibility", "group", "groups", "militants", "militant", "fighters", "jihadist", "jihadists",
        "affiliate", "affiliated", "affiliates", "linked", "cell", "cells", "branch", "organisation", "organization", "amaq", "terrorist", "terrorists",
        "caliphate", "province", "loyal", "allegiance", "inspired", "revendique", "revendiquee", "revendication", "groupe", "organisation", "jihadiste",
        "jihadistes", "djihadiste", "djihadistes", "combattants", "branche", "lie", "liee", "lies", "terroriste", "terroristes", "allegeance", "khorasan",
        "militia", "milice", "mouvement", "movement",
    };

    private const int WithoutRoleConfidence = 80;
    private const int MaxAffiliationCueWords = 4;

    /// <summary>Words right before a group that make it the parent or the inspiration of another group, not an
    /// actor: "JNIM, linked to al-Qaeda", "un groupe se réclamant d'Al-Qaïda", "loyal to the Islamic State".</summary>
    private static readonly KeyPhrases AffiliationCues = new(
    [
        "linked to", "affiliated to", "affiliated with", "allied to", "allied with", "aligned with", "loyal to", "close to",
        "inspired by", "a branch of", "the branch of", "an offshoot of", "an affiliate of", "a franchise of", "pledged allegiance to",
        "lié à", "liée à", "liés à", "affilié à", "affiliée à", "proche de", "proche d'", "se réclamant de", "se réclamant d'",
        "se réclame de", "se réclame d'", "inspiré par", "inspirée par", "allié à", "alliée à", "une branche de", "la branche de",
        "fidèle à", "ayant prêté allégeance à",
    ]);

    private static readonly HashSet<string> BranchWords = new(StringComparer.Ordinal) { "branch", "affiliate", "branche", "wing", "offshoot" };

    public static List<ActorMention> Find(AnalysedText text, IReadOnlyList<KnownActor> knownActors)
    {
        var designated = DesignatedOrganisations.Instance;
        var tokens = text.Tokens;
        var matches = designated.Matcher.Match(tokens, (entry, first, last) => Accept(text, entry.Rule, first, last) && NamedAsWritten(text, entry.Alias, first, last));
        var linked = LinkKnown(designated, knownActors);
        var mentions = new List<ActorMention>(matches.Count);
        foreach (var match in matches)
        {
            var organisation = match.Value.Organisation;
            linked.TryGetValue(organisation.Key, out var known);
            var confidence = match.Value.Rule switch
            {
                AliasRule.AnyCase => 90,
                AliasRule.UpperCase => 85,
                AliasRule.InContext => 70,
            };
            mentions.Add(new ActorMention(known?.Name ?? organisation.Name, organisation, known, match.Span, match.FirstToken, confidence));
        }

        mentions = WithoutAffiliationsOnly(text, mentions);
        mentions = WithoutRoleLessSure(text, mentions);
        AddParentsOfBranches(text, designated, linked, mentions);
        AddUnlinkedKnown(text, knownActors, linked, mentions);
        mentions.AddRange(UnknownGroupFinder.Find(text, mentions));
        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return mentions;
    }

    /// <summary>A group named only as what another group named in the report is linked to, loyal to or a branch of
    /// ("JNIM, lié à Al-Qaïda, a revendiqué", "the Abdullah Azzam Brigades of al-Qaeda in Syria and Egypt") is the
    /// other group's affiliation, not a perpetrator, claimant or suspect: it is not drafted.</summary>
    private static List<ActorMention> WithoutAffiliationsOnly(AnalysedText text, List<ActorMention> mentions)
    {
        var affiliated = mentions.Select(m => (Mention: m, Affiliation: IsAffiliation(text, m, mentions))).ToList();
        var onlyAffiliated = affiliated
            .GroupBy(a => a.Mention.Key, StringComparer.Ordinal)
            .Where(g => g.All(a => a.Affiliation))
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        return onlyAffiliated.Count == 0 || mentions.All(m => onlyAffiliated.Contains(m.Key))
            ? mentions
            : [.. mentions.Where(m => !onlyAffiliated.Contains(m.Key))];
    }

    private static bool IsAffiliation(AnalysedText text, ActorMention mention, List<ActorMention> mentions)
    {
        var tokens = text.Tokens;
        var first = mention.FirstToken;
        while (first > 0 && tokens[first - 1].IsArticle)
        {
            first--;
        }

        for (var k = Math.Max(0, first - MaxAffiliationCueWords); k < first; k++)
        {
            if (AffiliationCues.MatchAt(tokens, k, first) == first - k)
            {
                return true;
            }
        }

        // "the Abdullah Azzam Brigades of al-Qaeda": "of" right after another group's name.
        return first >= 2 && tokens[first - 1].Key is "of" or "de" or "du"
            && mentions.Any(m => m.Key != mention.Key && text.TokenIndexAt(m.Span.End) == first - 1);
    }

    /// <summary>An organisation named only in sentences where nobody claims, accuses, assesses or reports is as
    /// often a government, a victim or a parent named in passing ("the Taliban denied", "linked to al-Qaeda")
    /// as a perpetrator: its confidence drops to <see cref="WithoutRoleConfidence"/>.</summary>
    private static List<ActorMention> WithoutRoleLessSure(AnalysedText text, List<ActorMention> mentions)
    {
        var roleSentences = text.Cues
            .Where(c => c.Class is CueClass.Claim or CueClass.Accuse or CueClass.Assess or CueClass.Report or CueClass.SelfReport)
            .Select(c => text.SentenceIndexAt(c.Span.Start))
            .ToHashSet();
        var withRole = mentions.Where(m => roleSentences.Contains(text.SentenceIndexAt(m.Span.Start))).Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
        return [.. mentions.Select(m => withRole.Contains(m.Key) || m.Confidence <= WithoutRoleConfidence ? m : m with { Confidence = WithoutRoleConfidence })];
    }

    /// <summary>"the Afghan branch of the Islamic State" names ISIS-K and, inside it, the Islamic State: the
    /// parent is an actor of the report too (with the words that name it), though not the one who acts.</summary>
    private static void AddParentsOfBranches(AnalysedText text, DesignatedOrganisations designated, Dictionary<string, KnownActor> linked, List<ActorMention> mentions)
    {
        var tokens = text.Tokens;
        foreach (var branch in mentions.ToList())
        {
            if (branch.Organisation?.ParentKey is not { } parentKey || !designated.ByKey.TryGetValue(parentKey, out var parent))
            {
                continue;
            }

            var last = text.TokenIndexAt(branch.Span.End) - 1;
            if (!Enumerable.Range(branch.FirstToken, last - branch.FirstToken + 1).Any(i => BranchWords.Contains(tokens[i].Key)))
            {
                continue;
            }

            var names = designated.NameKeys[parentKey];
            for (var i = branch.FirstToken; i <= last; i++)
            {
                for (var j = last; j >= i; j--)
                {
                    var keys = string.Join(' ', Enumerable.Range(i, j - i + 1).Where(k => !tokens[k].IsArticle).Select(k => tokens[k].Key));
                    if (keys.Length > 0 && names.Contains(keys))
                    {
                        linked.TryGetValue(parentKey, out var known);
                        mentions.Add(new ActorMention(known?.Name ?? parent.Name, parent, known, new TextSpan(tokens[i].Start, tokens[j].End), i, branch.Confidence, branch));
                        i = last;
                        break;
                    }
                }
            }
        }
    }

    /// <summary>A name of several words the list writes with capitals is a name in the text only where one of its
    /// words starts with a capital: "the Labour Party's youth wing" is a youth wing, not al-Shabaab's "Youth Wing".
    /// One-word names keep any case: French writes "les shebab", "les talibans".</summary>
    private static bool NamedAsWritten(AnalysedText text, string alias, int first, int last)
    {
        if (!alias.Any(char.IsUpper) || !alias.Contains(' ', StringComparison.Ordinal))
        {
            return true;
        }

        var tokens = text.Tokens;
        for (var i = first; i <= last; i++)
        {
            if (char.IsUpper(text.Text[tokens[i].Start]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Accept(AnalysedText text, AliasRule rule, int first, int last)
    {
        var tokens = text.Tokens;
        if (rule == AliasRule.AnyCase)
        {
            return true;
        }

        for (var i = first; i <= last; i++)
        {
            if (!tokens[i].IsUpper)
            {
                return false;
            }
        }

        return rule == AliasRule.UpperCase || InContext(text, first, last);
    }

    private static bool InContext(AnalysedText text, int first, int last)
    {
        var tokens = text.Tokens;
        // An all-capitals headline ("ATTACK IS FEARED") says nothing about case.
        if ((first > 0 && tokens[first - 1].IsUpper && tokens[first - 1].Key.Length > 2)
            || (last + 1 < tokens.Count && tokens[last + 1].IsUpper && tokens[last + 1].Key.Length > 2))
        {
            return false;
        }

        if (tokens[first].AfterElision)
        {
            return true;
        }

        var sentence = text.SentenceAt(tokens[first].Start);
        var from = Math.Max(sentence.FirstToken, first - 6);
        var to = Math.Min(sentence.LastToken - 1, last + 6);
        for (var i = from; i <= to; i++)
        {
            if (i >= first && i <= last)
            {
                continue;
            }

            if (ContextWords.Contains(tokens[i].Key))
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<string, KnownActor> LinkKnown(DesignatedOrganisations designated, IReadOnlyList<KnownActor> knownActors)
    {
        var linked = new Dictionary<string, KnownActor>(StringComparer.Ordinal);
        if (knownActors.Count == 0)
        {
            return linked;
        }

        var knownKeys = knownActors.Select(k => (Actor: k, Keys: NamesOf(k).Select(n => string.Join(' ', Tokenizer.Keys(n))).ToHashSet(StringComparer.Ordinal))).ToList();
        foreach (var organisation in designated.Organisations)
        {
            var orgKeys = designated.NameKeys[organisation.Key];
            // The known actor whose primary name is one of the organisation's names wins over one that
            // merely shares an alias (a branch often lists its parent's names among its aliases).
            var byName = knownKeys.FirstOrDefault(k => orgKeys.Contains(string.Join(' ', Tokenizer.Keys(k.Actor.Name))));
            var match = byName.Actor ?? knownKeys.FirstOrDefault(k => k.Keys.Overlaps(orgKeys)).Actor;
            if (match is not null)
            {
                linked[organisation.Key] = match;
            }
        }

        return linked;
    }

    private static void AddUnlinkedKnown(AnalysedText text, IReadOnlyList<KnownActor> knownActors, Dictionary<string, KnownActor> linked, List<ActorMention> mentions)
    {
        var unlinked = knownActors.Where(k => !linked.ContainsValue(k)).ToList();
        if (unlinked.Count == 0)
        {
            return;
        }

        var matcher = new PhraseMatcher<KnownActor>();
        foreach (var actor in unlinked)
        {
            foreach (var name in NamesOf(actor))
            {
                matcher.Add(Tokenizer.Keys(name), actor);
            }
        }

        foreach (var match in matcher.Match(text.Tokens))
        {
            if (!mentions.Any(m => m.Span.Overlaps(match.Span)))
            {
                mentions.Add(new ActorMention(match.Value.Name, null, match.Value, match.Span, match.FirstToken, 85));
            }
        }
    }

    private static IEnumerable<string> NamesOf(KnownActor actor) => actor.Aliases.Prepend(actor.Name);
}
