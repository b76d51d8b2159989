using Tocsin.Core;

namespace Tocsin.Storage.Plan;

/// <summary>The refusals of <see cref="IPostureStore"/>.</summary>
public static class PostureStoreErrors
{
    /// <summary><c>posture-exists</c>.</summary>
    public static Error PostureExists(Guid id) => new("posture-exists", $"Posture {id} is already stored.");

    /// <summary><c>posture-not-found</c>.</summary>
    public static Error PostureNotFound(Guid id) => new("posture-not-found", $"There is no posture {id}.");

    /// <summary><c>posture-changed</c>: a concurrent writer got there first; read it again.</summary>
    public static Error PostureChanged(Guid id) => new("posture-changed", $"Posture {id} was changed by someone else meanwhile; read it again and retry.");
}
