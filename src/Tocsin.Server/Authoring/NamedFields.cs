using System.Text.Json.Nodes;
using Tocsin.Core;

namespace Tocsin.Server.Authoring;

/// <summary>What the incident, threat actor and report shapes have in common: a name that is required, a description,
/// and the TLP marking of the form, checked last because it comes last on every form.</summary>
internal static class NamedFields
{
    /// <summary>The refusals so far: <c>name-required</c> when <paramref name="name"/> is blank, with
    /// <paramref name="nameRequired"/> as its message.</summary>
    public static List<Error> CheckName(string? name, string nameRequired)
    {
        var errors = new List<Error>();
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(AuthoringErrors.Required("name", nameRequired));
        }

        return errors;
    }

    /// <summary><paramref name="errors"/> with <c>marking-invalid</c> added when <paramref name="marking"/> is no TLP value.</summary>
    public static IReadOnlyList<Error> WithMarking(List<Error> errors, string? marking)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (MarkingField.Parse(marking) is { IsSuccess: false } refused)
        {
            errors.Add(refused.Error);
        }

        return errors;
    }

    /// <summary>Writes the name and the description (blank removes it) onto <paramref name="json"/>.</summary>
    public static void Apply(JsonObject json, string? name, string? description)
    {
        ObjectJson.SetText(json, "name", name);
        ObjectJson.SetText(json, "description", description);
    }
}
