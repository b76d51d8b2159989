namespace Tocsin.Storage;

/// <summary>The fate of one object offered to the store.</summary>
public enum ObjectOutcomeKind
{
    /// <summary>A new version was stored (or an existing version became visible in this collection).</summary>
    Added,

    /// <summary>The same content is already there under this id and version: success, nothing changed.</summary>
    Duplicate,

    /// <summary>Different content already exists under this id and version: refused.</summary>
    Conflict,

    /// <summary>The object has validation errors: refused.</summary>
    Rejected,
}
