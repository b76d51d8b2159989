namespace Tocsin.Storage.Search;

/// <summary>How an engine whose planner cannot tell a common word from a rare one searches (PostgreSQL: its estimate
/// for a prefix lexeme is a fixed guess, so it read every match of a word found in one object in ten from the GIN
/// index and sorted them all for a page, and walked the whole index for a rare alias; docs/benchmarks.md, "Search
/// across the picture"). The newest <see cref="Rows"/> index rows before <c>@before</c> are read by key first, which
/// stops at a full page and so serves common words; only when they hold less than a page are the older rows asked
/// through the full-text index, whose matches are then few enough to sort.</summary>
/// <param name="Rows">How many index rows the walk by key reads at most (<c>@window</c>).</param>
/// <param name="Recent">The newest <c>@window</c> index rows with a key below <c>@before</c>, as a FROM item <c>s</c>.</param>
/// <param name="Extent">One row: how many index rows <see cref="Recent"/> holds (<c>Scanned</c>) and the lowest key
/// among them (<c>Floor</c>).</param>
/// <param name="Older">The index rows that hold <c>@match</c> with a key below <c>@before</c>, found through the
/// full-text index whatever the planner guesses, as a FROM item <c>s</c>; <c>{0}</c> is where the search's date range
/// is written, as conditions on the index's own <c>dated</c> column.</param>
/// <param name="ReadOnly">The statement that makes the walk's transaction read only, run first in it.</param>
internal sealed record SearchWindow(int Rows, string Recent, string Extent, string Older, string ReadOnly);
