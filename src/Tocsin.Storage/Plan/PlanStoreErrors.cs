using Tocsin.Core;

namespace Tocsin.Storage.Plan;

/// <summary>The refusals of <see cref="IPlanStore"/>.</summary>
public static class PlanStoreErrors
{
    /// <summary><c>decision-exists</c>.</summary>
    public static Error DecisionExists(Guid id) => new("decision-exists", $"Decision {id} is already stored.");

    /// <summary><c>decision-not-found</c>.</summary>
    public static Error DecisionNotFound(Guid id) => new("decision-not-found", $"There is no decision {id}.");

    /// <summary><c>decision-changed</c>: a concurrent writer got there first; read it again.</summary>
    public static Error DecisionChanged(Guid id) => new("decision-changed", $"Decision {id} was changed by someone else meanwhile; read it again and retry.");
}
