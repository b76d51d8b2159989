using System.ComponentModel.DataAnnotations;

namespace Tocsin.Server.Notifications;

/// <summary>The SMTP relay approver e-mails go through, section <c>Tocsin:Notifications:Smtp</c>.</summary>
public sealed class SmtpSettings
{
    /// <summary>Host name or address of the relay; e-mail is off while it is empty.</summary>
    public string? Host { get; set; }

    /// <summary>TCP port.</summary>
    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>Sender address, e.g. <c>Tocsin &lt;tocsin@example.gouv.fr&gt;</c>; required with a host.</summary>
    public string? From { get; set; }

    /// <summary>Connection protection; STARTTLS by default.</summary>
    public SmtpTlsMode Tls { get; set; } = SmtpTlsMode.StartTls;

    /// <summary>User name for SMTP AUTH; none when empty.</summary>
    public string? UserName { get; set; }

    /// <summary>Password for SMTP AUTH.</summary>
    public string? Password { get; set; }
}
