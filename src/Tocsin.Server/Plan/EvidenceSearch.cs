using System.Text.Json;
using Tocsin.Core.Stix;
using Tocsin.Server.Ingest;
using Tocsin.Storage;

namespace Tocsin.Server.Plan;

/// <summary>Finds evidence for a proposal in the intelligence picture (the <c>picture</c> collection): the latest
/// version of each object whose id, name or description contains the text, ignoring case. The decision room calls
/// it behind its staff-only policy; nothing here is written.</summary>
public sealed class EvidenceSearch(ITocsinStore store)
{
    /// <summary>The most matches one search answers, so a one-letter search stays a short list.</summary>
    public const int MaxMatches = 25;

    private const int PageSize = 1000;

    /// <summary>Up to <see cref="MaxMatches"/> matches for <paramref name="text"/>, in the order they were added to the
    /// picture; none for blank text or when there is no picture yet.</summary>
    public async Task<IReadOnlyList<EvidenceMatch>> FindAsync(string? text, CancellationToken cancellationToken)
    {
        var wanted = text?.Trim();
        if (string.IsNullOrEmpty(wanted)
            || await store.FindCollectionAsync(DraftService.PictureCollectionAlias, cancellationToken) is not { } picture)
        {
            return [];
        }

        var matches = new List<EvidenceMatch>();
        var query = new ObjectQuery { Limit = PageSize };
        while (true)
        {
            var page = await store.QueryObjectsAsync(picture.Id, query, cancellationToken);
            if (!page.IsSuccess)
            {
                return matches;
            }

            foreach (var stored in page.Value.Items.Where(s => !s.Deleted && !s.Object.Revoked))
            {
                if (Matches(stored.Object, wanted))
                {
                    matches.Add(new EvidenceMatch(stored.Object.Id, stored.Object.Type, Text(stored.Object.Root, "name"), GradeOf(stored.Object.Root)));
                    if (matches.Count == MaxMatches)
                    {
                        return matches;
                    }
                }
            }

            if (!page.Value.More || page.Value.Next is null)
            {
                return matches;
            }

            query = query with { Cursor = page.Value.Next };
        }
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
