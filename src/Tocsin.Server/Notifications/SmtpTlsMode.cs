namespace Tocsin.Server.Notifications;

/// <summary>How the SMTP connection is protected.</summary>
public enum SmtpTlsMode
{
    /// <summary>STARTTLS is required: the server must offer it, or nothing is sent.</summary>
    StartTls,

    /// <summary>TLS from the first byte (SMTPS, usually port 465).</summary>
    Implicit,

    /// <summary>No TLS: only for a relay on the same host or a closed network.</summary>
    None,
}
