using Tocsin.Core;

namespace Tocsin.Server.Picture;

/// <summary>The refusals of the picture's read paths.</summary>
public static class PictureErrors
{
    /// <summary>A filter or cursor that cannot be read (400).</summary>
    public static Error FilterInvalid(string message) => new Error("picture-filter-invalid", message).As(ErrorKind.Malformed);

    /// <summary>No incident with this id that the reader may read: the same answer, word for word, for an id that does
    /// not exist and for one withheld by their clearance, so it never tells which (404).</summary>
    public static Error IncidentNotFound { get; } = new Error("incident-not-found", "There is no incident with this id.").As(ErrorKind.NotFound);

    /// <summary>No threat actor or intrusion set with this id that the reader may read; the same for unknown and
    /// withheld (404).</summary>
    public static Error ActorNotFound { get; } = new Error("actor-not-found", "There is no threat actor with this id.").As(ErrorKind.NotFound);
}
