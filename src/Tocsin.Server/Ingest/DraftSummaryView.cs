using Tocsin.Storage.Drafts;

namespace Tocsin.Server.Ingest;

/// <summary>A draft in the list: no text, counts of items by review state.</summary>
public sealed record DraftSummaryView(Guid Id, Guid CreatedBy, DateTimeOffset CreatedAt, string Source, DateTimeOffset? Published,
    string Language, string Title, int Items, int Pending, int Accepted, int Dropped)
{
    /// <summary>The summary of <paramref name="draft"/>; the title is the first line of the text (at most 120 characters).</summary>
    public static DraftSummaryView Of(Draft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var firstLine = draft.Text.TrimStart().Split('\n', 2)[0].Trim();
        return new(draft.Id, draft.CreatedBy, draft.CreatedAt, draft.Source, draft.Published, draft.Language,
            firstLine.Length > 120 ? firstLine[..120] : firstLine, draft.Items.Count,
            draft.Items.Count(i => i.Status == DraftItemStatus.Pending), draft.Items.Count(i => i.Status == DraftItemStatus.Accepted),
            draft.Items.Count(i => i.Status == DraftItemStatus.Dropped));
    }
}
