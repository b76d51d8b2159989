using Tocsin.Core.Stix;

namespace Tocsin.Storage;

/// <summary>One stored version as a page query reads it back, on either engine: its bytes with the id, type and
/// version key the store keeps beside them, so that a version served as its bytes is never parsed.</summary>
internal sealed record StoredVersionRow(long DateAdded, byte[] Json, string Id, string Type, string VersionKey)
{
    public StoredObject ToStoredObject(bool deleted) =>
        new(StixObject.FromStored(Json, Id, Type, VersionKey), new DateAddedStamp(DateAdded), deleted);
}
