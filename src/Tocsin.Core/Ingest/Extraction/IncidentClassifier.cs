using System.Text.RegularExpressions;
using Tocsin.Core.Ingest.Text;

namespace Tocsin.Core.Ingest.Extraction;

/// <summary>Decides whether a report describes an attack and with what outcome (docs/ingest.md, "Incidents"):
/// victims or attack words make a completed attack; the outcome lexicon (<see cref="IncidentOutcomeCues"/>)
/// a foiled plot ("thwarted", "stopped before it began", "déjoué") or an attempt ("failed to detonate",
/// "tentative d'attentat"); plots counted in general are background, and a report that rules terrorism out
/// drafts no incident. A report about a completed attack that also mentions foiled plots in
/// other sentences yields both incidents.</summary>
internal static class IncidentClassifier
{
    // NonBacktracking: linear in the text whatever it holds, so no input can make a cue time out.
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private static readonly Regex Attack = new(
        @"\b(?:attack(?:ed|s)?|shooting|shot|opened\s+fire|bombing|bombed|blast|explosion|exploded|detonated|suicide\s+bomber|stabb(?:ed|ing)|knife\s+attack|rammed|ramming|massacre|gunmen|assault|attentat|attaque|fusillade|explosion|kamikaze|poignard\w*|a\s+ouvert\s+le\s+feu|ont\s+ouvert\s+le\s+feu|tués?|tuées?|assassinat)\b",
        Options, Timeout);



    private static readonly (Regex Cue, string AttackType, string Weapon)[] Kinds =
    [
        (new Regex(@"\b(?:shot|shooting|gunm[ae]n|gunfire|opened\s+fire|firearms?|rifles?|kalashnikov|automatic\s+weapons|fusillade|armes?\s+automatiques|tirs?|ouvert\s+le\s+feu)\b", Options, Timeout), "armed-assault", "firearms"),
        (new Regex(@"\b(?:bomb\w*|blast|explosi\w+|explod\w+|detonat\w+|suicide\s+bomber|IED|kamikaze|ceinture\s+d'explosifs|engin\s+explosif)\b", Options, Timeout), "bombing", "explosives"),
        (new Regex(@"\b(?:stabb\w+|knife|knives|couteau|poignard\w*|blade|machete)\b", Options, Timeout), "stabbing", "bladed-weapon"),
        (new Regex(@"\b(?:rammed|ramming|drove\s+(?:a\s+|his\s+)?(?:car|truck|van|vehicle)\s+into|voiture-bélier|camion-bélier|fonc\w+\s+sur\s+la\s+foule)\b", Options, Timeout), "vehicle-ramming", "vehicle"),
        (new Regex(@"\b(?:set\s+(?:fire|the\s+building\s+on\s+fire|ablaze)|arson|incendi\w+|on\s+fire|blaze)\b", Options, Timeout), "arson", "incendiary"),
        (new Regex(@"\b(?:hostages?|otages?)\b", Options, Timeout), "hostage-taking", "other"),
    ];

    private static readonly (Regex Cue, string TargetType)[] Targets =
    [
        (new Regex(@"\b(?:concert|concert\s+hall|venue|stadium|theatre|theater|festival|nightclub|salle\s+de\s+concert|salle\s+de\s+spectacle|stade)\b", Options, Timeout), "entertainment-venue"),
        (new Regex(@"\b(?:church|mosque|synagogue|shrine|cathedral|église|mosquée|synagogue|sanctuaire|cathédrale|worshippers|fidèles)\b", Options, Timeout), "religious-site"),
        (new Regex(@"\b(?:police|policemen|gendarmes?|officers|policiers)\b", Options, Timeout), "police"),
        (new Regex(@"\b(?:soldiers|troops|military\s+base|army\s+post|checkpoint|militaires|soldats|camp\s+militaire)\b", Options, Timeout), "military"),
        (new Regex(@"\b(?:school|lycée|collège|école|university|teacher|enseignant|professeur)\b", Options, Timeout), "education"),
        (new Regex(@"\b(?:train|metro|subway|station|airport|bus|gare|aéroport)\b", Options, Timeout), "transport"),
        (new Regex(@"\b(?:market|crowd|shoppers|passers-by|marché|foule|passants|Christmas\s+market|pedestrians)\b", Options, Timeout), "civilians-public"),
    ];

    public static List<IncidentFinding> Find(AnalysedText text, CasualtyFigures casualties)
    {
        var attackSpans = new List<TextSpan>();
        var foiledSpans = new List<TextSpan>();
        var attemptedSpans = new List<TextSpan>();
        var foiledSentences = new HashSet<int>();
        var attackSentences = new HashSet<int>();
        if (IncidentOutcomeCues.NotTerrorism.Find(text.Tokens, 0, text.Tokens.Count) >= 0)
        {
            // The report itself rules terrorism out (an accident, a feud): nothing to draft.
            return [];
        }

        for (var i = 0; i < text.Sentences.Count; i++)
        {
            var sentence = text.Sentences[i];
            var s = text.SentenceText(sentence);
            if (Collect(text, IncidentOutcomeCues.Attempted, sentence, attemptedSpans))
            {
                attackSentences.Add(i);
            }
            else if (IncidentOutcomeCues.Background.Find(text.Tokens, sentence.FirstToken, sentence.LastToken) < 0
                     && Collect(text, IncidentOutcomeCues.Foiled, sentence, foiledSpans))
            {
                foiledSentences.Add(i);
            }
            else if (Collect(Attack, s, sentence, attackSpans))
            {
                attackSentences.Add(i);
            }
        }

        var findings = new List<IncidentFinding>();
        var casualtySpans = new[] { casualties.Killed?.Span, casualties.Injured?.Span }.OfType<TextSpan>().ToList();
        if (casualties.Any || (attackSpans.Count > 0 && foiledSpans.Count == 0 && attemptedSpans.Count == 0 && DescribesAnAttack(text, attackSentences)))
        {
            var spans = casualtySpans.Count > 0 ? casualtySpans : attackSpans.Take(1).ToList();
            findings.Add(Build(text, IncidentOutcome.Completed, casualties, spans, attackSentences, casualties.Any ? CasualtyConfidence(casualties) : 60));
            if (foiledSpans.Count > 0)
            {
                findings.Add(Build(text, IncidentOutcome.Foiled, new CasualtyFigures(null, null), foiledSpans.Take(1).ToList(), foiledSentences, 60));
            }
        }
        else if (attemptedSpans.Count > 0)
        {
            findings.Add(Build(text, IncidentOutcome.Attempted, casualties, attemptedSpans.Take(1).ToList(), attackSentences, 70));
        }
        else if (foiledSpans.Count > 0)
        {
            findings.Add(Build(text, IncidentOutcome.Foiled, casualties, foiledSpans.Take(1).ToList(), foiledSentences, 70));
        }

        if (findings.Count > 0 && casualties.Earlier is { Any: true } earlier)
        {
            // An earlier attack the report recalls ("the deadliest since 2015, when 130 were killed"): its own
            // incident, after the principal one, so its figures never replace the principal incident's.
            var spans = new[] { earlier.Killed?.Span, earlier.Injured?.Span }.OfType<TextSpan>().ToList();
            findings.Add(new IncidentFinding(IncidentOutcome.Completed, earlier with { Earlier = null }, [], [], [], spans, 45));
        }

        return findings;
    }

    /// <summary>How sure the figures are: a group's own claim or figures spelled out in words are weaker
    /// than digits stated in the report.</summary>
    private static int CasualtyConfidence(CasualtyFigures casualties)
    {
        var figures = new[] { casualties.Killed, casualties.Injured }.OfType<CasualtyFigure>().ToList();
        if (figures.Any(f => f.Basis == CasualtyBasis.Claimed))
        {
            return 55;
        }

        return figures.Any(f => f.Written) ? 75 : 80;
    }

    /// <summary>Without victims, "attack" alone is not enough ("an attack is likely"): one of the attack
    /// sentences must say how it was carried out (shot, bomb, knife, ...).</summary>
    private static bool DescribesAnAttack(AnalysedText text, HashSet<int> sentences) =>
        sentences.Any(i => Kinds.Any(k => k.Cue.IsMatch(text.SentenceText(text.Sentences[i]))));

    private static bool Collect(AnalysedText text, KeyPhrases cue, Sentence sentence, List<TextSpan> spans)
    {
        var at = cue.Find(text.Tokens, sentence.FirstToken, sentence.LastToken);
        if (at < 0)
        {
            return false;
        }

        var length = cue.MatchAt(text.Tokens, at, sentence.LastToken);
        spans.Add(new TextSpan(text.Tokens[at].Start, text.Tokens[at + length - 1].End));
        return true;
    }

    private static bool Collect(Regex cue, string s, Sentence sentence, List<TextSpan> spans)
    {
        var m = cue.Match(s);
        if (!m.Success)
        {
            return false;
        }

        spans.Add(new TextSpan(sentence.Start + m.Index, sentence.Start + m.Index + m.Length));
        return true;
    }

    private static IncidentFinding Build(AnalysedText text, IncidentOutcome outcome, CasualtyFigures casualties, List<TextSpan> spans, HashSet<int> sentences, int confidence)
    {
        var attackTypes = new List<string>();
        var weapons = new List<string>();
        var targets = new List<string>();
        foreach (var index in sentences)
        {
            var s = text.SentenceText(text.Sentences[index]);
            foreach (var (cue, attackType, weapon) in Kinds)
            {
                if (cue.IsMatch(s) && !attackTypes.Contains(attackType))
                {
                    attackTypes.Add(attackType);
                    weapons.Add(weapon);
                }
            }

            foreach (var (cue, target) in Targets)
            {
                if (cue.IsMatch(s) && !targets.Contains(target))
                {
                    targets.Add(target);
                }
            }
        }

        return new IncidentFinding(outcome, casualties, attackTypes, targets, weapons.Distinct(StringComparer.Ordinal).ToList(), spans, confidence);
    }
}
