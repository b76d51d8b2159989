using Microsoft.Extensions.Options;
using Tocsin.Core.Webhooks;

namespace Tocsin.Server.Webhooks;

/// <summary>Refuses settings that cannot work, at start rather than on the first delivery.</summary>
internal sealed class WebhookOptionsValidator : IValidateOptions<WebhookOptions>
{
    public ValidateOptionsResult Validate(string? name, WebhookOptions options)
    {
        var failures = new List<string>();
        if (WebhookAllowList.Parse(options.AllowList).Error is { } error)
        {
            failures.Add(error.Message);
        }

        if (options.BaseDelay <= TimeSpan.Zero || options.MaxDelay < options.BaseDelay)
        {
            failures.Add("Tocsin:Webhooks: BaseDelay must be positive and MaxDelay at least BaseDelay.");
        }

        if (options.DispatchInterval <= TimeSpan.Zero || options.RequestTimeout <= TimeSpan.Zero)
        {
            failures.Add("Tocsin:Webhooks: DispatchInterval and RequestTimeout must be positive.");
        }

        if (options.Lease <= options.RequestTimeout * 2)
        {
            failures.Add("Tocsin:Webhooks: Lease must exceed twice the RequestTimeout, or a slow attempt would be claimed again.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
