namespace Tocsin.Core.Ingest.Actors;

/// <summary>How strictly an alias must be matched.</summary>
internal enum AliasRule
{
    /// <summary>Any case: a name such as "Islamic State" or "Daesh".</summary>
    AnyCase,

    /// <summary>Upper case in the text, as written in the list: an acronym such as ISIS or ISKP.</summary>
    UpperCase,

    /// <summary>Upper case and near a word that shows a group is meant (claimed, group, fighters,
    /// l'...): a short acronym that is also a common word or another acronym, such as IS or EI.</summary>
    InContext,
}
