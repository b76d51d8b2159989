namespace Tocsin.Storage.Migration;

/// <summary>How far the copy of one table has got.</summary>
/// <param name="Table">The table being copied.</param>
/// <param name="Copied">Rows written to the target so far.</param>
/// <param name="Total">Rows the source snapshot holds in that table.</param>
/// <param name="Done">The table is complete (reported once, last).</param>
public sealed record TableProgress(string Table, long Copied, long Total, bool Done);
