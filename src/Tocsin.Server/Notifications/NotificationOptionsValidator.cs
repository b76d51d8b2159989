using Microsoft.Extensions.Options;
using MimeKit;
using Tocsin.Core.Webhooks;

namespace Tocsin.Server.Notifications;

/// <summary>Refuses, at start, notification settings that could only fail later: an SMTP host without a sender or
/// approvers (or approvers without a host), an address that does not parse, an on-call URL that is not absolute
/// http(s) or has no usable secret, and times that are not positive.</summary>
internal sealed class NotificationOptionsValidator : IValidateOptions<NotificationOptions>
{
    public ValidateOptionsResult Validate(string? name, NotificationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var smtp = options.Smtp;
        var host = !string.IsNullOrWhiteSpace(smtp.Host);
        if (host && !MailboxAddress.TryParse(smtp.From ?? string.Empty, out _))
        {
            failures.Add($"{NotificationOptions.Section}:Smtp:From must be an e-mail address when Smtp:Host is set.");
        }

        if (host != (options.Approvers.Count > 0))
        {
            failures.Add($"{NotificationOptions.Section}: Smtp:Host and Approvers go together: set both for e-mail, or neither.");
        }

        failures.AddRange(options.Approvers.Where(a => !MailboxAddress.TryParse(a, out _))
            .Select(a => $"{NotificationOptions.Section}:Approvers: '{a}' is not an e-mail address."));
        if (options.PagesOnCall)
        {
            if (!Uri.TryCreate(options.OnCallUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                failures.Add($"{NotificationOptions.Section}:OnCallUrl must be an absolute http or https URL.");
            }

            if (WebhookSecret.KeyOf(options.OnCallSecret) is null)
            {
                failures.Add($"{NotificationOptions.Section}:OnCallSecret must be whsec_ followed by the base64 of 24 to 64 bytes when OnCallUrl is set.");
            }
        }

        if (options.AcknowledgeWithin <= TimeSpan.Zero || options.Interval <= TimeSpan.Zero || options.BaseDelay <= TimeSpan.Zero
            || options.MaxDelay < options.BaseDelay || options.RequestTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{NotificationOptions.Section}: AcknowledgeWithin, Interval, BaseDelay and RequestTimeout must be positive, MaxDelay at least BaseDelay.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
