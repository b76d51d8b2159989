using System.Net;
using Tocsin.Core;
using Tocsin.Core.Plan.Recipients;
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
    /// <c>recipient-group-unknown</c> or the store's
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

        var id = Guid.NewGuid();
        var secret = WebhookSecret.Generate();
        var added = await store.Webhooks.AddSubscriberAsync(
            new(id, request.Name ?? string.Empty, url.Value.AbsoluteUri, territories, request.Exercises, box.Seal(id, secret), default, null)
            {
                Sectors = terms.Value.Sectors,
                Groups = terms.Value.Groups,
            },
            cancellationToken);
        return added.IsSuccess ? new NewSubscriber(added.Value, secret) : added.Error;
    }
}
