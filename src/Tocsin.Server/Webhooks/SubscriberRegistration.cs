using System.Net;
using Tocsin.Core;
using Tocsin.Core.Plan.Recipients;
using Tocsin.Core.Principals;
using Tocsin.Core.Webhooks;
using Tocsin.Storage;

namespace Tocsin.Server.Webhooks;

/// <summary>Adds subscribers for the API and the CLI alike: checks the URL against the target policy and the
/// territories against the plan, issues a Standard Webhooks secret and stores it encrypted.</summary>
public sealed class SubscriberRegistration(ITocsinStore store, WebhookSecretBox box, WebhookTargetPolicy policy,
    Func<string, CancellationToken, Task<IPAddress[]>> resolve)
{
    /// <summary>Adds a subscriber. Fails, changing nothing, with <c>webhook-url-invalid</c>,
    /// <c>webhook-target-unresolvable</c>, <c>webhook-target-refused</c>, <c>territory-unknown</c>, <c>sector-unknown</c>,
    /// <c>recipient-group-unknown</c>, <c>partner-unknown</c>, <c>subscriber-partner-and-terms</c> or the store's
    /// <c>subscriber-name-invalid</c> / <c>subscriber-name-taken</c>.</summary>
    public async Task<Result<NewSubscriber>> AddAsync(SubscriberRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var url = await policy.CheckAsync(request.Url, resolve, cancellationToken);
        if (!url.IsSuccess)
        {
            return url.Error;
        }

        var territories = (request.Territories ?? []).Select(t => t.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (territories.FirstOrDefault(t => !WebhookAudience.IsKnownTerritory(t)) is { } unknown)
        {
            return new Error("territory-unknown", $"'{unknown}' is not a known territory id (such as FRA or FRA-D75).");
        }

        var terms = RecipientTermCheck.Check(request.Sectors, request.Groups);
        if (!terms.IsSuccess)
        {
            return terms.Error;
        }

        var partner = await FindPartnerAsync(request, terms.Value.Sectors.Count + terms.Value.Groups.Count, cancellationToken);
        if (!partner.IsSuccess)
        {
            return partner.Error;
        }

        var id = Guid.NewGuid();
        var secret = WebhookSecret.Generate();
        var added = await store.Webhooks.AddSubscriberAsync(
            new(id, request.Name ?? string.Empty, url.Value.AbsoluteUri, territories, request.Exercises, box.Seal(id, secret), default, null)
            {
                Sectors = terms.Value.Sectors,
                Groups = terms.Value.Groups,
                PartnerId = partner.Value?.Id,
                PartnerName = partner.Value?.Name,
            },
            cancellationToken);
        return added.IsSuccess ? new NewSubscriber(added.Value, secret) : added.Error;
    }

    /// <summary>The partner principal the request names, null when it names none. A subscriber delivering for a
    /// partner is addressed by the partner's terms, so giving its own as well is refused rather than ignored.</summary>
    private async Task<Result<Principal?>> FindPartnerAsync(SubscriberRequest request, int ownTerms, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Partner))
        {
            return (Principal?)null;
        }

        if (ownTerms > 0)
        {
            return new Error("subscriber-partner-and-terms",
                $"A subscriber delivering for partner '{request.Partner}' is addressed by that partner's sectors and groups; give either the partner or sectors and groups.");
        }

        var principal = await store.FindPrincipalAsync(request.Partner.Trim(), cancellationToken);
        return principal is { Kind: PrincipalKind.Partner }
            ? principal
            : new Error("partner-unknown", $"'{request.Partner}' is not a partner; add it with 'tocsin partner add' first.");
    }
}
