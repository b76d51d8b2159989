using System.Globalization;

namespace Tocsin.Server.Web.Decisions;

/// <summary>The slice of a room list shown: page <see cref="Number"/> (from 1) of <see cref="Size"/> items out of
/// <see cref="Total"/>. Pages keep the room fast however long the history grows; only the shown slice is read in
/// full.</summary>
public sealed record ListPage(int Number, int Total)
{
    /// <summary>Items per page.</summary>
    public const int Size = 50;

    /// <summary>How many pages the list has (at least one, even when empty).</summary>
    public int Count => Math.Max(1, (Total + Size - 1) / Size);

    /// <summary>Position (from 1) of the first item shown; 0 for an empty list.</summary>
    public int From => Total == 0 ? 0 : ((Number - 1) * Size) + 1;

    /// <summary>Position of the last item shown.</summary>
    public int To => Math.Min(Total, Number * Size);

    /// <summary>The page asked for in a query string value. A value that is not a page number, or is out of range, is
    /// read as the nearest page: an old bookmark past a shortened list still shows its last page.</summary>
    public static ListPage Of(int total, string? requested)
    {
        var count = Math.Max(1, (total + Size - 1) / Size);
        var number = int.TryParse(requested, NumberStyles.None, CultureInfo.InvariantCulture, out var asked) ? asked : 1;
        return new ListPage(Math.Clamp(number, 1, count), total);
    }

    /// <summary>The items of this page.</summary>
    public IEnumerable<T> Slice<T>(IEnumerable<T> items) => items.Skip((Number - 1) * Size).Take(Size);
}
