namespace Tocsin.Server.Web.Tearlines;

/// <summary>One text property of the original in the tearline form: its name, the text written for release (one item a
/// line for a list property) and what is done with it.</summary>
public sealed class TearlineFieldForm
{
    /// <summary>Writing a released text.</summary>
    public const string Write = "write";

    /// <summary>Leaving the property out.</summary>
    public const string Omit = "omit";

    /// <summary>Releasing the original's value as it stands: needs a second person with the approver role.</summary>
    public const string AsItStands = "as-it-stands";

    /// <summary>The property's name (<c>name</c>, <c>description</c>, <c>aliases</c>…).</summary>
    public string? Name { get; set; }

    /// <summary>The released text; for a list property, one item a line.</summary>
    public string? Text { get; set; }

    /// <summary><see cref="Write"/>, <see cref="Omit"/> or <see cref="AsItStands"/>.</summary>
    public string? Mode { get; set; }

    /// <summary>The released items: the text's non-blank lines for a list property, the trimmed text otherwise.</summary>
    public IReadOnlyList<string> Items(bool list) =>
        list ? [.. (Text ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)]
            : string.IsNullOrWhiteSpace(Text) ? [] : [Text.Trim()];
}
