using System.Text.Json;
using Tocsin.Core.Stix;
using Tocsin.Core.Stix.Extensions;

namespace Tocsin.Server.Picture;

/// <summary>Builds the attribution view of an object: every readable <c>attributed-to</c> relationship from it, oldest
/// assertion first, side by side whatever its basis, with the readable opinions on each.</summary>
internal static class Attribution
{
    public static IReadOnlyList<AssertionView> Of(string objectId, PictureSnapshot snapshot, ICollection<StixObject> shown)
    {
        var rows = new List<(string? Order, AssertionView Row)>();
        foreach (var relationship in snapshot.From(objectId, "attributed-to"))
        {
            var target = snapshot.Find(StixFields.Text(relationship.Root, "target_ref"))!;
            var assertion = StixFields.Extension(relationship.Root, TocsinExtensions.AssertionId);
            var assertedBy = snapshot.Find(StixFields.Text(assertion, "asserted_by_ref"));
            var report = snapshot.Find(StixFields.Text(assertion, "report_ref"));
            var opinions = snapshot.Referencing(relationship.Id, "opinion").OrderBy(o => o.Created).ToList();
            shown.Add(relationship);
            shown.Add(target);
            AddIfAny(shown, assertedBy, report);
            opinions.ForEach(shown.Add);
            var assertedAt = StixFields.Text(assertion, "asserted_at");
            rows.Add((assertedAt ?? relationship.Created?.Text, new AssertionView(
                relationship.Id,
                ObjectLink.Of(target),
                StixFields.Text(assertion, "basis"),
                assertedBy is null ? null : ObjectLink.Of(assertedBy),
                assertedAt,
                report is null ? null : ObjectLink.Of(report),
                GradeOf(assertion),
                StixFields.Integer(relationship.Root, "confidence"),
                StixFields.Text(relationship.Root, "description"),
                [.. opinions.Select(o => OpinionOf(o, snapshot, shown))])));
        }

        return [.. rows.OrderBy(r => Instant(r.Order)).ThenBy(r => r.Row.RelationshipId, StringComparer.Ordinal).Select(r => r.Row)];
    }

    private static OpinionView OpinionOf(StixObject opinion, PictureSnapshot snapshot, ICollection<StixObject> shown)
    {
        var authors = StixFields.Texts(opinion.Root, "authors");
        var creator = snapshot.Find(opinion.CreatedByRef);
        AddIfAny(shown, creator);
        var by = authors.Count > 0 ? string.Join(", ", authors) : creator is null ? null : ObjectLink.Of(creator).Name;
        return new OpinionView(opinion.Id, StixFields.Text(opinion.Root, "opinion") ?? string.Empty, by, StixFields.Text(opinion.Root, "explanation"), opinion.Created?.Text);
    }

    /// <summary>The Admiralty grade an assertion extension records (e.g. <c>B2</c>), or null when it has none that reads.</summary>
    public static string? GradeOf(JsonElement assertion) =>
        StixFields.Integer(assertion, "information_credibility") is { } digit
        && AdmiraltyGrade.Create(StixFields.Text(assertion, "source_reliability"), digit) is { IsSuccess: true } grade
            ? grade.Value.ToString()
            : null;

    private static DateTimeOffset Instant(string? text) => StixTimestamp.TryParse(text, out var parsed) ? parsed.Instant : DateTimeOffset.MaxValue;

    private static void AddIfAny(ICollection<StixObject> shown, params StixObject?[] versions)
    {
        foreach (var version in versions)
        {
            if (version is not null)
            {
                shown.Add(version);
            }
        }
    }
}
