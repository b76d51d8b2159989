namespace Tocsin.Server.Web.Tearlines;

/// <summary>One property of the original as the tearline page shows it: its name, its value as text (each item of a
/// list), whether it is a list of strings, and whether it is a text property the analyst must write for release.</summary>
public sealed record OriginalField(string Name, IReadOnlyList<string> Values, bool IsList, bool IsText);
