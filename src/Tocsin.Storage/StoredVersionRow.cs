using Tocsin.Core.Stix;

namespace Tocsin.Storage;

/// <summary>One stored version as a page query reads it back, on either engine.</summary>
internal sealed record StoredVersionRow(long DateAdded, byte[] Json)
{
    public StoredObject ToStoredObject(bool deleted) =>
        new(StixObject.FromTrusted(Json), new DateAddedStamp(DateAdded), deleted);
}
