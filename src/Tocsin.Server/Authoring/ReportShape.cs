using System.Text.Json.Nodes;
using Tocsin.Core;
using Tocsin.Core.Stix;

namespace Tocsin.Server.Authoring;

/// <summary>How the report fields map onto STIX: name, description, <c>published</c>, <c>object_refs</c>; a new
/// report is a <c>threat-report</c>. References are checked as ids only: a report may name objects the picture does not
/// hold (STIX 2.1 §4.15).</summary>
internal static class ReportShape
{
    /// <summary>Every refusal the fields earn.</summary>
    public static IReadOnlyList<Error> Check(ReportFields fields)
    {
        var errors = NamedFields.CheckName(fields.Name, "A report needs a name.");
        var published = FieldText.Timestamp("published", fields.Published);
        if (!published.IsSuccess)
        {
            errors.Add(published.Error);
        }
        else if (published.Value is null)
        {
            errors.Add(AuthoringErrors.Required("published", "A report needs the time it was published."));
        }

        var refs = FieldText.Items(fields.ObjectRefs);
        if (refs.Count == 0)
        {
            errors.Add(AuthoringErrors.Required("object-refs", "A report names at least one object it is about."));
        }
        else if (refs.FirstOrDefault(r => !StixId.TryParse(r, out _)) is { } bad)
        {
            errors.Add(AuthoringErrors.Invalid("object-refs", $"'{bad}' is not a STIX id."));
        }

        return NamedFields.WithMarking(errors, fields.Marking);
    }

    /// <summary>Writes checked fields onto <paramref name="json"/>.</summary>
    public static void Apply(JsonObject json, ReportFields fields)
    {
        NamedFields.Apply(json, fields.Name, fields.Description);
        json["published"] = FieldText.Timestamp("published", fields.Published).Value;
        ObjectJson.SetList(json, "object_refs", FieldText.Items(fields.ObjectRefs));
        json["report_types"] ??= new JsonArray("threat-report");
    }

    /// <summary>The fields of a stored version, as an edit form starts from them.</summary>
    public static ReportFields Read(StixObject version) =>
        new(FieldText.Text(version.Root, "name"), FieldText.Text(version.Root, "published"), FieldText.List(version.Root, "object_refs"),
            FieldText.Text(version.Root, "description"), MarkingField.Of(version), version.Modified?.Text);
}
