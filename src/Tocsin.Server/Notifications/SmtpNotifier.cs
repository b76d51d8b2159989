using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Tocsin.Storage.Notifications;

namespace Tocsin.Server.Notifications;

/// <summary>Sends one notification as a plain-text e-mail to every approver address, through the configured relay.
/// The <c>Message-ID</c> is derived from the notification id, so a retry after an unclear failure can be recognised
/// as the same message by the receiving side.</summary>
internal sealed class SmtpNotifier(IOptions<NotificationOptions> options)
{
    /// <summary>Null when the relay accepted the message; otherwise why not.</summary>
    public async Task<string?> SendAsync(DueNotification due, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var smtp = settings.Smtp;
        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.From!));
        message.To.AddRange(settings.Approvers.Select(MailboxAddress.Parse));
        message.Subject = due.Notification.Subject;
        message.MessageId = $"{due.Id:D}@tocsin";
        message.Headers.Add("X-Tocsin-Decision", due.Notification.DecisionId.ToString("D"));
        message.Body = new TextPart("plain") { Text = due.Notification.Body };
        using var client = new SmtpClient { Timeout = (int)settings.RequestTimeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(smtp.Host!, smtp.Port, Security(smtp.Tls), cancellationToken);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? string.Empty, cancellationToken);
            }

            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            return null;
        }
        catch (Exception ex) when (ex is SmtpCommandException or SmtpProtocolException or AuthenticationException or SslHandshakeException
            or System.Net.Sockets.SocketException or IOException or NotSupportedException or TimeoutException)
        {
            return $"SMTP: {ex.Message}";
        }
    }

    private static SecureSocketOptions Security(SmtpTlsMode mode) => mode switch
    {
        SmtpTlsMode.StartTls => SecureSocketOptions.StartTls,
        SmtpTlsMode.Implicit => SecureSocketOptions.SslOnConnect,
        SmtpTlsMode.None => SecureSocketOptions.None,
    };
}
