using System.Text.Json.Nodes;
using Tocsin.Core;

namespace Tocsin.Server.Authoring;

/// <summary>How an opinion is written: a STIX <c>opinion</c> whose <c>object_refs</c> is the assertion, with who
/// holds it in <c>authors</c> (STIX 2.1 §4.14).</summary>
internal static class OpinionShape
{
    /// <summary>The STIX opinion enumeration, from disagreement to agreement.</summary>
    public static IReadOnlyList<string> Values { get; } = ["strongly-disagree", "disagree", "neutral", "agree", "strongly-agree"];

    /// <summary>Every refusal the fields earn.</summary>
    public static IReadOnlyList<Error> Check(OpinionFields fields)
    {
        var errors = new List<Error>();
        if (string.IsNullOrWhiteSpace(fields.Opinion))
        {
            errors.Add(AuthoringErrors.Required("opinion", "Say whether you agree or disagree."));
        }
        else if (!Values.Contains(fields.Opinion.Trim()))
        {
            errors.Add(AuthoringErrors.Invalid("opinion", $"'{fields.Opinion}' is not an opinion: {string.Join(", ", Values)}."));
        }

        if (MarkingField.Parse(fields.Marking) is { IsSuccess: false } marking)
        {
            errors.Add(marking.Error);
        }

        return errors;
    }

    /// <summary>The opinion for checked fields on <paramref name="assertionId"/>, held by <paramref name="fallbackAuthor"/>
    /// when the fields name nobody.</summary>
    public static JsonObject Build(JsonObject json, string assertionId, OpinionFields fields, string fallbackAuthor)
    {
        json["opinion"] = fields.Opinion!.Trim();
        ObjectJson.SetText(json, "explanation", fields.Explanation);
        var authors = FieldText.Items(fields.Authors);
        ObjectJson.SetList(json, "authors", authors.Count > 0 ? authors : [fallbackAuthor]);
        json["object_refs"] = new JsonArray(assertionId);
        return json;
    }
}
