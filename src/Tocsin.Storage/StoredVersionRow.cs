using Tocsin.Core.Stix;

namespace Tocsin.Storage;

/// <summary>One stored version as a page query reads it back, on either engine: its bytes with the id, type and
/// version key the store keeps beside them, so that a version served as its bytes is never parsed.</summary>
internal sealed record StoredVersionRow(long DateAdded, byte[] Json, string Id, string Type, string VersionKey)
{
    /// <summary>What a query selects for this row after its <c>DateAdded</c>, from the objects table aliased <c>o</c>.</summary>
    public const string Columns = "o.json AS Json, o.id AS Id, o.type AS Type, o.version_key AS VersionKey";

    public StoredObject ToStoredObject(bool deleted) =>
        new(StixObject.FromStored(Json, Id, Type, VersionKey), new DateAddedStamp(DateAdded), deleted);
}
