using System.Text.Json;
using Tocsin.Core.Stix;
using Tocsin.Server.Ingest;
using Tocsin.Server.Classification;
using Tocsin.Storage;
using Tocsin.Storage.Reads;

namespace Tocsin.Server.Plan;

/// <summary>Finds evidence for a proposal in the intelligence picture (the <c>picture</c> collection): the latest
/// version of each object whose id, name or description contains the text, ignoring case. The decision room calls
/// it behind its staff-only policy; nothing here is written.</summary>
public sealed class EvidenceSearch(ITocsinStore store, ReadRecorder recorder)
{
    /// <summary>The most matches one search answers, so a one-letter search stays a short list.</summary>
    public const int MaxMatches = 25;

    private const int PageSize = 1000;

    /// <summary>Up to <see cref="MaxMatches"/> matches for <paramref name="text"/>, in the order they were added to the
    /// picture; none for blank text or when there is no picture yet. Only what <paramref name="reader"/> may read is
    /// searched, so a match never reveals a withheld object; the matches are recorded as read through <c>search</c>
    /// before they are returned.</summary>
    public async Task<IReadOnlyList<EvidenceMatch>> FindAsync(StaffReader reader, string? text, CancellationToken cancellationToken)
    {
        var wanted = text?.Trim();
        if (string.IsNullOrEmpty(wanted)
            || await store.FindCollectionAsync(DraftService.PictureCollectionAlias, cancellationToken) is not { } picture)
        {
            return [];
        }

        var found = new List<StixObject>();
        var query = new ObjectQuery { Limit = PageSize };
        while (true)
        {
            var page = await store.QueryObjectsAsync(picture.Id, query, cancellationToken);
            if (!page.IsSuccess)
            {
                return await AnswerAsync(reader, found, cancellationToken);
            }

            foreach (var stix in reader.Visible([.. page.Value.Items.Where(s => !s.Deleted && !s.Object.Revoked).Select(s => s.Object)]))
            {
                if (Matches(stix, wanted))
                {
                    found.Add(stix);
                    if (found.Count == MaxMatches)
                    {
                        return await AnswerAsync(reader, found, cancellationToken);
                    }
                }
            }

            if (!page.Value.More || page.Value.Next is null)
            {
                return await AnswerAsync(reader, found, cancellationToken);
            }

            query = query with { Cursor = page.Value.Next };
        }
    }

    private async Task<IReadOnlyList<EvidenceMatch>> AnswerAsync(StaffReader reader, List<StixObject> found, CancellationToken cancellationToken)
    {
        await recorder.RecordAsync(reader, ReadPaths.Search, found, cancellationToken);
        return [.. found.Select(o => new EvidenceMatch(o.Id, o.Type, Text(o.Root, "name"), GradeOf(o.Root)))];
    }

    private static bool Matches(StixObject stix, string wanted) =>
        stix.Id.Contains(wanted, StringComparison.OrdinalIgnoreCase)
        || (Text(stix.Root, "name")?.Contains(wanted, StringComparison.OrdinalIgnoreCase) ?? false)
        || (Text(stix.Root, "description")?.Contains(wanted, StringComparison.OrdinalIgnoreCase) ?? false);

    private static string? Text(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // The grade lives in the assertion extension, as ingest review writes it (AcceptedObject).
    private static string? GradeOf(JsonElement root)
    {
        if (!root.TryGetProperty("extensions", out var extensions) || extensions.ValueKind != JsonValueKind.Object
            || !extensions.TryGetProperty(TocsinExtensions.AssertionId, out var assertion) || assertion.ValueKind != JsonValueKind.Object
            || Text(assertion, "source_reliability") is not { Length: 1 } reliability
            || !assertion.TryGetProperty("information_credibility", out var credibility) || !credibility.TryGetInt32(out var digit))
        {
            return null;
        }

        return Tocsin.Core.Stix.Extensions.AdmiraltyGrade.Create(reliability, digit) is { IsSuccess: true } grade
            ? $"{grade.Value.SourceReliability}{grade.Value.InformationCredibility}"
            : null;
    }
}
