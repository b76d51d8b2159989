namespace Tocsin.Core.Cap;

/// <summary>The nature of the message (CAP 1.2 §3.2.1 <c>msgType</c>). Every type but <see cref="Alert"/> names earlier messages in <c>references</c>.</summary>
public enum CapMsgType
{
    /// <summary>Initial information requiring attention by targeted recipients.</summary>
    Alert,

    /// <summary>Updates and supersedes the earlier messages identified in <c>references</c>.</summary>
    Update,

    /// <summary>Cancels the earlier messages identified in <c>references</c>.</summary>
    Cancel,

    /// <summary>Acknowledges receipt and acceptance of the messages identified in <c>references</c>.</summary>
    Ack,

    /// <summary>Indicates rejection of the messages identified in <c>references</c>; the explanation goes in <c>note</c>.</summary>
    Error,
}
