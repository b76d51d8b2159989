namespace Tocsin.Core.Cap;

/// <summary>One extended message identifier in <c>references</c> (CAP 1.2 §3.2.1): the
/// <c>sender,identifier,sent</c> of an earlier message. An Update names the messages it supersedes,
/// a Cancel the one it cancels.</summary>
/// <param name="Sender">The earlier message's <c>sender</c>, as written there.</param>
/// <param name="Identifier">The earlier message's <c>identifier</c>, as written there.</param>
/// <param name="Sent">The earlier message's <c>sent</c>; whole seconds.</param>
public sealed record CapReference(string Sender, string Identifier, DateTimeOffset Sent)
{
    /// <summary>The wire form <c>sender,identifier,sent</c>, with <c>sent</c> in the CAP date-time form.</summary>
    /// <exception cref="ArgumentException"><see cref="Sent"/> has fractions of a second.</exception>
    public string ToWire() => $"{Sender},{Identifier},{CapTime.Format(Sent)}";

    /// <summary>Reads one <c>sender,identifier,sent</c> entry: exactly three non-empty parts separated by
    /// commas (neither sender nor identifier may contain one), the last a strict CAP date-time.</summary>
    /// <returns>The reference, or <c>cap-reference-format</c>.</returns>
    public static Result<CapReference> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(',');
        if (parts.Length != 3 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            return new Error("cap-reference-format", $"'{text}' is not a reference of the form sender,identifier,sent.");
        }

        var sent = CapTime.Parse(parts[2]);
        if (!sent.IsSuccess)
        {
            return new Error("cap-reference-format", $"'{text}': {sent.Error.Message}");
        }

        return new CapReference(parts[0], parts[1], sent.Value);
    }
}
