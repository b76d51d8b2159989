using System.Text.RegularExpressions;

namespace Tocsin.Core.Cap.Atom;

/// <summary>What RFC 4287 requires of the feed and its entries, and what the public feed may carry.</summary>
internal static partial class AtomFeedRules
{
    public static List<string> Validate(AtomFeed feed, IReadOnlyList<CapAlertSummary> entries)
    {
        var problems = new List<string>();
        if (!IsTagUri(feed.Id) && !IsUuidUrn(feed.Id))
        {
            problems.Add($"feed id '{feed.Id}' is neither a tag: URI (RFC 4151) nor urn:uuid:.");
        }

        Text(problems, "feed title", feed.Title, required: true);
        if (!IsHttpUri(feed.SelfLink))
        {
            problems.Add($"self link '{feed.SelfLink}' is not an absolute http(s) URL.");
        }

        Text(problems, "author name", feed.Author?.Name, required: true);
        if (feed.Author?.Uri is { } uri && !IsHttpUri(uri))
        {
            problems.Add($"author uri '{uri}' is not an absolute http(s) URL.");
        }

        if (feed.AlertLinkBase.Length > 0 && !IsHttpUri(feed.AlertLinkBase))
        {
            problems.Add($"alert link base '{feed.AlertLinkBase}' is neither empty nor an absolute http(s) URL.");
        }

        foreach (var duplicate in entries.GroupBy(e => e.Identifier, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"entry '{duplicate.Key}' appears {duplicate.Count()} times; a message is listed once.");
        }

        foreach (var entry in entries)
        {
            Entry(problems, feed, entry);
        }

        return problems;
    }

    private static void Entry(List<string> problems, AtomFeed feed, CapAlertSummary entry)
    {
        var name = $"entry '{entry.Identifier}'";
        if (!CapValidator.IsCapToken(entry.Identifier))
        {
            problems.Add($"{name}: the identifier is not a CAP identifier (no spaces, commas, '<' or '&').");
        }
        else if (AtomLinks.EntryId(feed.Id, entry.Identifier) is null)
        {
            problems.Add($"{name}: the identifier is not a URI and the feed id is not a tag: URI to derive an entry id from.");
        }

        // DESIGN.md: exercises never appear on the public feed; restricted messages are not public either.
        if (entry.Status != CapStatus.Actual)
        {
            problems.Add($"{name}: status {CapVocabulary.ToWire(entry.Status)} is not published on the public feed (Actual only).");
        }

        if (entry.Scope != CapScope.Public)
        {
            problems.Add($"{name}: scope {CapVocabulary.ToWire(entry.Scope)} is not published on the public feed (Public only).");
        }

        Text(problems, name + " title", entry.Title, required: true);
        Text(problems, name + " summary", entry.Summary, required: false);
        Text(problems, name + " level", entry.Level, required: true);
        Text(problems, name + " territory", entry.Territory, required: true);
    }

    private static void Text(List<string> problems, string what, string? value, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                problems.Add($"{what} is required.");
            }
        }
        else if (!CapIssueList.IsXmlText(value))
        {
            problems.Add($"{what} holds a character XML cannot carry.");
        }
    }

    private static bool IsHttpUri(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static bool IsUuidUrn(string? value) =>
        value is not null && value.StartsWith("urn:uuid:", StringComparison.Ordinal)
        && Guid.TryParseExact(value.AsSpan("urn:uuid:".Length), "D", out _);

    private static bool IsTagUri(string? value) => value is not null && TagUri().IsMatch(value);

    // RFC 4151: tag:authorityName,YYYY[-MM[-DD]]:specific (authority a DNS name or an e-mail address).
    [GeneratedRegex(@"^tag:([a-z0-9-]+(\.[a-z0-9-]+)*|[^\s@,:]+@[a-z0-9-]+(\.[a-z0-9-]+)*),\d{4}(-\d{2}(-\d{2})?)?:[^\s#]*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TagUri();
}
