namespace Tocsin.Storage;

/// <summary>What a principal may do in one collection.</summary>
[Flags]
public enum CollectionRights
{
    /// <summary>Nothing: the collection is invisible to the principal.</summary>
    None = 0,

    /// <summary>May read objects.</summary>
    Read = 1,

    /// <summary>May add and delete objects.</summary>
    Write = 2,
}
