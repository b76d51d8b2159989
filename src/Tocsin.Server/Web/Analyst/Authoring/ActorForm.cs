using Tocsin.Server.Authoring;

namespace Tocsin.Server.Web.Analyst.Authoring;

/// <summary>What the threat actor form posts: aliases one per line.</summary>
public sealed class ActorForm
{
    /// <summary>Name.</summary>
    public string? Name { get; set; }

    /// <summary>Description.</summary>
    public string? Description { get; set; }

    /// <summary>Aliases, one per line (transliteration variants included).</summary>
    public string? Aliases { get; set; }

    /// <summary>TLP.</summary>
    public string? Marking { get; set; }

    /// <summary>The version edited.</summary>
    public string? Modified { get; set; }

    /// <summary>The form filled from stored fields.</summary>
    public static ActorForm From(ActorFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return new ActorForm
        {
            Name = fields.Name,
            Description = fields.Description,
            Aliases = string.Join('\n', fields.Aliases ?? []),
            Marking = fields.Marking,
            Modified = fields.Modified,
        };
    }

    /// <summary>The fields.</summary>
    public ActorFields ToFields() => new(Name, Description, Lines(Aliases), Marking, Modified);

    /// <summary>The lines of a text area.</summary>
    public static IReadOnlyList<string> Lines(string? text) =>
        text is null ? [] : text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
