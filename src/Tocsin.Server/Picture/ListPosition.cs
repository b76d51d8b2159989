using System.Globalization;
using System.Text;
using System.Buffers.Text;

namespace Tocsin.Server.Picture;

/// <summary>Where a page of a picture list ended: the sort key (an instant, newest first) and the id that breaks ties.
/// Written as an opaque URL-safe token; a page after it starts strictly after that key, so a list stays stable while
/// objects are added elsewhere in it.</summary>
public sealed record ListPosition(DateTimeOffset Key, string Id)
{
    /// <summary>The token a client passes back as <c>next</c>.</summary>
    public string Token() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(
        Key.UtcTicks.ToString(CultureInfo.InvariantCulture) + "|" + Id));

    /// <summary>The position a token stands for; null for anything this server did not write.</summary>
    public static ListPosition? Parse(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        if (!Base64Url.IsValid(token))
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
        var bar = text.IndexOf('|', StringComparison.Ordinal);
        return bar > 0 && text.Length > bar + 1
            && long.TryParse(text.AsSpan(0, bar), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && ticks <= DateTimeOffset.MaxValue.UtcTicks
            ? new ListPosition(new DateTimeOffset(ticks, TimeSpan.Zero), text[(bar + 1)..])
            : null;
    }

    /// <summary>True when an item with <paramref name="key"/> and <paramref name="id"/> comes after this position in
    /// newest-first order.</summary>
    public bool Precedes(DateTimeOffset key, string id) =>
        key < Key || (key == Key && string.CompareOrdinal(id, Id) > 0);
}
