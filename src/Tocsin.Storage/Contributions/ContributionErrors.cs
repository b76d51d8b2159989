using Tocsin.Core;

namespace Tocsin.Storage.Contributions;

/// <summary>The expected failures of <see cref="IContributionStore"/> and <see cref="ContributionPromotion"/>.</summary>
public static class ContributionErrors
{
    /// <summary><c>partner-not-found</c>: no partner service has this name.</summary>
    public static Error PartnerNotFound(string name) => new("partner-not-found", $"No partner is named '{name}'.");

    /// <summary><c>contribution-not-found</c>: the partner has no visible contribution with this id (and version).</summary>
    public static Error NotFound(string id) => new("contribution-not-found", $"The partner has no contribution '{id}' of that version.");

    /// <summary><c>promotion-conflict</c>: our picture already holds different content under a promoted id and version.</summary>
    public static Error Conflict(string id) => new("promotion-conflict",
        $"Our picture already holds different content under the id and version of {id}: promote it as our own derived object instead.");

    /// <summary><c>promotion-invalid</c>: a promoted object fails validation.</summary>
    public static Error Invalid(string id, string problems) => new("promotion-invalid", $"{id} cannot enter our picture: {problems}");

    /// <summary><c>promotion-type-refused</c>: a derived object cannot be made of this type.</summary>
    public static Error TypeRefused(string type) => new("promotion-type-refused",
        $"A {type} cannot be promoted as our derived object (only domain objects, relationships and custom objects); promote it verbatim.");

    /// <summary><c>organisation-not-set</c>: a derived object needs our organisation's identity.</summary>
    public static Error OrganisationNotSet() => new("organisation-not-set", "Set our organisation's identity first: tocsin partner policy --org identity--….");
}
