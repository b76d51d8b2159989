using System.Text.Json.Nodes;
using Tocsin.Core;
using Tocsin.Core.Stix;

namespace Tocsin.Server.Authoring;

/// <summary>How the threat actor fields map onto STIX: name, description, aliases; a new actor is of type
/// <c>terrorist</c> (its other properties, kept on an edit, are written through TAXII).</summary>
internal static class ActorShape
{
    /// <summary>Every refusal the fields earn.</summary>
    public static IReadOnlyList<Error> Check(ActorFields fields) =>
        NamedFields.WithMarking(NamedFields.CheckName(fields.Name, "A threat actor needs a name."), fields.Marking);

    /// <summary>Writes checked fields onto <paramref name="json"/>.</summary>
    public static void Apply(JsonObject json, ActorFields fields)
    {
        NamedFields.Apply(json, fields.Name, fields.Description);
        var name = fields.Name?.Trim();
        ObjectJson.SetList(json, "aliases", [.. FieldText.Items(fields.Aliases).Where(a => !string.Equals(a, name, StringComparison.Ordinal))]);
        json["threat_actor_types"] ??= new JsonArray("terrorist");
    }

    /// <summary>The fields of a stored version, as an edit form starts from them.</summary>
    public static ActorFields Read(StixObject version) =>
        new(FieldText.Text(version.Root, "name"), FieldText.Text(version.Root, "description"), FieldText.List(version.Root, "aliases"),
            MarkingField.Of(version), version.Modified?.Text);
}
