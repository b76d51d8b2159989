using Tocsin.Storage;

namespace Tocsin.Server.Taxii;

/// <summary>A collection a request may use, resolved for its principal.</summary>
/// <param name="Root">The API root of the URL.</param>
/// <param name="Collection">The collection of the URL.</param>
/// <param name="Rights">What the principal may do there (never <see cref="CollectionRights.None"/>).</param>
/// <param name="PrincipalId">Who asks.</param>
/// <param name="IsPartner">True for a partner service: it reads its partner view (docs/sharing.md), never the
/// collection itself.</param>
public sealed record TaxiiTarget(TaxiiApiRoot Root, Collection Collection, CollectionRights Rights, Guid PrincipalId, bool IsPartner);
