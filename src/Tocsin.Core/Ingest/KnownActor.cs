namespace Tocsin.Core.Ingest;

/// <summary>A threat actor or intrusion set already in the store, passed in by the caller so that a draft
/// reuses its id instead of creating a duplicate.</summary>
/// <param name="Id">Its STIX id (<c>threat-actor--…</c> or <c>intrusion-set--…</c>).</param>
/// <param name="Name">Its <c>name</c>.</param>
/// <param name="Aliases">Its <c>aliases</c>; may be empty.</param>
public sealed record KnownActor(string Id, string Name, IReadOnlyList<string> Aliases);
