namespace Tocsin.Core.Sharing;

/// <summary>The released text of a tearline, written by the analyst (DESIGN "Sharing": a tearline is written, not
/// copied). Every text property of the original (<see cref="TearlineTextRule.IsTextProperty"/>) that reaches the
/// tearline must be accounted for here: given a released text, omitted, or released as it stands.</summary>
public sealed record TearlineTexts
{
    /// <summary>Released text by property name: one item for a string property (<c>name</c>, <c>description</c>),
    /// any number for a list of strings (<c>aliases</c>, <c>goals</c>). A released text that matches the original
    /// after normalisation (<see cref="TearlineTextRule.Normalise"/>) is refused unless the property is also in
    /// <see cref="AsTheyStand"/>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Released { get; init; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    /// <summary>Text properties left out of the tearline.</summary>
    public IReadOnlySet<string> Omitted { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Properties released exactly as the original has them (text properties and
    /// <c>external_references</c>). This is the two-person rule for releases: a tearline asking for any is made
    /// only when a second person, holding the approver role, approves it.</summary>
    public IReadOnlySet<string> AsTheyStand { get; init; } = new HashSet<string>(StringComparer.Ordinal);
}
