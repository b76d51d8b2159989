using System.Text.Json.Nodes;
using Tocsin.Core;
using Tocsin.Core.Stix;

namespace Tocsin.Server.Authoring;

/// <summary>How the incident fields map onto STIX: name and description, the outcome as the Incident Core Extension's
/// <c>determination</c>, the toll and start time in Tocsin's terrorism extension (docs/stix-extensions.md).</summary>
internal static class IncidentShape
{
    /// <summary>The outcomes a form offers and the determination each is written as.</summary>
    public static IReadOnlyList<(string Outcome, string Determination)> Outcomes { get; } =
        [("completed", "successful-attempt"), ("attempted", "failed-attempt"), ("foiled", "blocked")];

    /// <summary>Every refusal the fields earn, in form order.</summary>
    public static IReadOnlyList<Error> Check(IncidentFields fields)
    {
        var errors = NamedFields.CheckName(fields.Name, "An incident needs a name.");
        if (!string.IsNullOrWhiteSpace(fields.Outcome) && Determination(fields.Outcome) is null)
        {
            errors.Add(AuthoringErrors.Invalid("outcome", $"'{fields.Outcome}' is not an outcome: completed, attempted or foiled."));
        }

        if (FieldText.Timestamp("started-at", fields.StartedAt) is { IsSuccess: false } started)
        {
            errors.Add(started.Error);
        }

        if (fields.Killed is < 0)
        {
            errors.Add(AuthoringErrors.Invalid("killed", "The number killed is 0 or more."));
        }

        if (fields.Injured is < 0)
        {
            errors.Add(AuthoringErrors.Invalid("injured", "The number injured is 0 or more."));
        }

        return NamedFields.WithMarking(errors, fields.Marking);
    }

    /// <summary>Writes checked fields onto <paramref name="json"/>.</summary>
    public static void Apply(JsonObject json, IncidentFields fields)
    {
        NamedFields.Apply(json, fields.Name, fields.Description);
        if (Determination(fields.Outcome) is { } determination)
        {
            var core = ObjectJson.Extension(json, TocsinExtensions.OasisIncidentCoreId);
            core["determination"] = determination;
            core["investigation_status"] ??= "open";
        }

        var terrorism = ObjectJson.Extension(json, TocsinExtensions.TerrorismIncidentId);
        SetCount(terrorism, "killed", fields.Killed);
        SetCount(terrorism, "injured", fields.Injured);
        ObjectJson.SetText(terrorism, "started_at", FieldText.Timestamp("started-at", fields.StartedAt).Value);
        ObjectJson.DropEmptyExtension(json, TocsinExtensions.TerrorismIncidentId);
    }

    /// <summary>The fields of a stored version, as an edit form starts from them.</summary>
    public static IncidentFields Read(StixObject version)
    {
        var core = FieldText.Extension(version, TocsinExtensions.OasisIncidentCoreId);
        var terrorism = FieldText.Extension(version, TocsinExtensions.TerrorismIncidentId);
        var determination = FieldText.Text(core, "determination");
        return new IncidentFields(FieldText.Text(version.Root, "name"), FieldText.Text(version.Root, "description"),
            Outcomes.FirstOrDefault(o => o.Determination == determination).Outcome, FieldText.Text(terrorism, "started_at"),
            FieldText.Number(terrorism, "killed"), FieldText.Number(terrorism, "injured"), MarkingField.Of(version), version.Modified?.Text);
    }

    private static string? Determination(string? outcome) =>
        Outcomes.FirstOrDefault(o => string.Equals(o.Outcome, outcome?.Trim(), StringComparison.OrdinalIgnoreCase)).Determination;

    private static void SetCount(JsonObject extension, string property, int? count)
    {
        if (count is { } value)
        {
            extension[property] = value;
        }
        else
        {
            extension.Remove(property);
        }
    }
}
