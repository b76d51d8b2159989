namespace Tocsin.Server.Web.Analyst;

/// <summary>A run of the report text: plain, or highlighted for the items whose words it holds.</summary>
/// <param name="Text">The characters of the run.</param>
/// <param name="Items">The numbers of the items (1-based, in draft order) whose spans cover the run; empty for plain text.</param>
/// <param name="Anchors">The ids of the spans that start here (<c>mark-{item}-{span}</c>), for the items to link to.</param>
public sealed record MarkedPiece(string Text, IReadOnlyList<int> Items, IReadOnlyList<string> Anchors);
