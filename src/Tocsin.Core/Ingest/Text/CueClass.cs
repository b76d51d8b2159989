namespace Tocsin.Core.Ingest.Text;

/// <summary>What a lexicon phrase does in a clause (Data/lexicons/{language}/*.json).</summary>
internal enum CueClass
{
    /// <summary>A claim of responsibility: "claimed responsibility", "a revendiqué".</summary>
    Claim,

    /// <summary>A party blames another: "accused", "pointed the finger at", "impute".</summary>
    Accuse,

    /// <summary>A party assesses who is behind an attack: "believe", "was behind", "estiment que".</summary>
    Assess,

    /// <summary>A reporting verb or phrase: "said", "according to", "selon".</summary>
    Report,

    /// <summary>A claim taken back: "withdrew its claim".</summary>
    Withdrawal,

    /// <summary>Words by which a speaking group owns the deed: "its fighters", "a soldier".</summary>
    SelfReport,

    /// <summary>A group's own outlet: "Amaq".</summary>
    Outlet,

    /// <summary>An office or body that speaks for a state: "the interior minister", "les services de renseignement".</summary>
    Role,

    /// <summary>A phrase that refers back to the group named last: "this structure", "cette structure".</summary>
    Reference,

    /// <summary>Words that join a helper to a deed already attributed in the clause: "with the support of",
    /// "financed by", "avec l'aide de". The party after them is blamed too.</summary>
    Complicity,

    /// <summary>A word that cancels the cue near it: "not", "denied", "pas".</summary>
    Negation,

    /// <summary>A word that weakens the cue near it: "could", "reportedly", "présumé".</summary>
    Hedge,
}
