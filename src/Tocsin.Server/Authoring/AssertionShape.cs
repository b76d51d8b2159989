using System.Text.Json.Nodes;
using Tocsin.Core;
using Tocsin.Core.Stix;
using Tocsin.Core.Stix.Extensions;

namespace Tocsin.Server.Authoring;

/// <summary>How an assertion is written (DESIGN "Assertions"): an <c>attributed-to</c> relationship from the incident
/// to who is said to have done it, with Tocsin's assertion extension (asserter, basis, when, report, Admiralty grade)
/// and the <c>confidence</c> the grade gives (<see cref="AdmiraltyGrade.Confidence"/>, omitted for credibility 6).</summary>
internal static class AssertionShape
{
    /// <summary>What an assertion may name as the doer: an accused state is an identity, never a threat actor.</summary>
    public static IReadOnlyList<string> TargetTypes { get; } = ["threat-actor", "intrusion-set", "identity"];

    /// <summary>Every refusal the fields earn on their own (references are checked against the picture by the caller).</summary>
    public static IReadOnlyList<Error> Check(AssertionFields fields)
    {
        var errors = new List<Error>();
        Add(errors, "target", fields.Target, () => FieldText.Reference("target", fields.Target, TargetTypes));
        Add(errors, "asserted-by", fields.AssertedBy, () => FieldText.Reference("asserted-by", fields.AssertedBy, ["identity"]));
        if (string.IsNullOrWhiteSpace(fields.Basis))
        {
            errors.Add(AuthoringErrors.Required("basis", "Say whether it is a claim, an assessment or an accusation."));
        }
        else if (!AssertionBasis.All.Contains(fields.Basis.Trim()))
        {
            errors.Add(AuthoringErrors.Invalid("basis", $"'{fields.Basis}' is not a basis: claim, assessment or accusation."));
        }

        Add(errors, "asserted-at", fields.AssertedAt, () => FieldText.Timestamp("asserted-at", fields.AssertedAt));
        Add(errors, "grade", fields.Grade, () => Grade(fields.Grade));
        if (!string.IsNullOrWhiteSpace(fields.Report) && FieldText.Reference("report", fields.Report, ["report"]) is { IsSuccess: false } report)
        {
            errors.Add(report.Error);
        }

        if (MarkingField.Parse(fields.Marking) is { IsSuccess: false } marking)
        {
            errors.Add(marking.Error);
        }

        return errors;
    }

    /// <summary>The relationship for checked fields, from <paramref name="incidentId"/>.</summary>
    public static JsonObject Build(JsonObject json, string incidentId, AssertionFields fields)
    {
        var grade = Grade(fields.Grade).Value;
        json["relationship_type"] = "attributed-to";
        json["source_ref"] = incidentId;
        json["target_ref"] = fields.Target!.Trim();
        ObjectJson.SetText(json, "description", fields.Description);
        if (grade.Confidence is { } confidence)
        {
            json["confidence"] = confidence;
        }

        var assertion = ObjectJson.Extension(json, TocsinExtensions.AssertionId);
        assertion["asserted_by_ref"] = fields.AssertedBy!.Trim();
        assertion["basis"] = fields.Basis!.Trim();
        assertion["asserted_at"] = FieldText.Timestamp("asserted-at", fields.AssertedAt).Value;
        ObjectJson.SetText(assertion, "report_ref", fields.Report);
        assertion["source_reliability"] = grade.SourceReliability.ToString();
        assertion["information_credibility"] = grade.InformationCredibility;
        return json;
    }

    private static Result<AdmiraltyGrade> Grade(string? text)
    {
        var grade = AdmiraltyGrade.Parse(text?.Trim());
        return grade.IsSuccess ? grade : AuthoringErrors.Invalid("grade", grade.Error.Message);
    }

    private static void Add<T>(List<Error> errors, string field, string? value, Func<Result<T>> check)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(AuthoringErrors.Required(field, $"The field {field} is required."));
        }
        else if (check() is { IsSuccess: false } refused)
        {
            errors.Add(refused.Error);
        }
    }
}
