namespace Tocsin.Core.Ingest.Actors;

/// <summary>One compiled alias: the organisation it names, how it must be matched, and its priority when two
/// organisations share it (primary name 3, supplement 2, list alias 1).</summary>
internal sealed record AliasEntry(DesignatedOrganisation Organisation, string Alias, AliasRule Rule, int Priority);
