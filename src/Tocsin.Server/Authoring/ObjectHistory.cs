namespace Tocsin.Server.Authoring;

/// <summary>An object's history as the reader may read it: every version, oldest first.</summary>
/// <param name="Id">The object's id.</param>
/// <param name="Type">Its STIX type.</param>
/// <param name="Versions">The versions, oldest first, each with what changed since the one before.</param>
public sealed record ObjectHistory(string Id, string Type, IReadOnlyList<VersionView> Versions);
