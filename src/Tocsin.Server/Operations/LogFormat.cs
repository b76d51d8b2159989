namespace Tocsin.Server.Operations;

/// <summary>The shape of console log lines.</summary>
public enum LogFormat
{
    /// <summary>ASP.NET Core's readable text lines.</summary>
    Text,

    /// <summary>One JSON object per line (timestamp in UTC, level, category, message, the message's named values).</summary>
    Json,
}
