using System.Globalization;
using System.Text.Json;
using Tocsin.Core.Stix;
using Tocsin.Server.Classification;
using Tocsin.Server.Search;
using Tocsin.Storage.Reads;

namespace Tocsin.Server.Plan;

/// <summary>Finds evidence for a proposal in the intelligence picture (the <c>picture</c> collection) through the
/// picture's full-text index (<see cref="PictureSearch"/>, docs/search.md): the latest version of each object whose
/// name, aliases, description or text holds every word typed, as the start of a word, ignoring case and diacritics.
/// The decision room calls it behind its staff-only policy; nothing here is written but the record of reads.</summary>
public sealed class EvidenceSearch(PictureSearch search)
{
    /// <summary>The most matches one search answers, so a one-letter search stays a short list.</summary>
    public const int MaxMatches = 25;

    /// <summary>Up to <see cref="MaxMatches"/> matches for <paramref name="text"/>, newest first; none for text without
    /// a word (or too long to be a search) or when there is no picture yet. Only what <paramref name="reader"/> may read
    /// is answered, so a match never reveals a withheld object; the matches are recorded as read through <c>search</c>
    /// before they are returned.</summary>
    public async Task<IReadOnlyList<EvidenceMatch>> FindAsync(StaffReader reader, string? text, CancellationToken cancellationToken)
    {
        var query = SearchFilters.Parse(text, null, null, null, null, MaxMatches.ToString(CultureInfo.InvariantCulture));
        if (!query.IsSuccess)
        {
            return [];
        }

        var page = await search.FindAsync(reader, query.Value, ReadPaths.Search, cancellationToken);
        return [.. page.Items.Select(o => new EvidenceMatch(o.Id, o.Type, Text(o.Root, "name"), GradeOf(o.Root)))];
    }

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
