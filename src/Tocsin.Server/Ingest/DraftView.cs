using Tocsin.Storage.Drafts;

namespace Tocsin.Server.Ingest;

/// <summary>A draft as the API returns it: the text, and each item with its spans and review state.</summary>
public sealed record DraftView(Guid Id, Guid CreatedBy, DateTimeOffset CreatedAt, string Source, DateTimeOffset? Published,
    string Language, string ReportId, bool ReportAccepted, string Text, IReadOnlyList<DraftItemView> Items)
{
    /// <summary>The view of <paramref name="draft"/>.</summary>
    public static DraftView Of(Draft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return new(draft.Id, draft.CreatedBy, draft.CreatedAt, draft.Source, draft.Published, draft.Language, draft.ReportId,
            draft.ReportAcceptedVersion is not null, draft.Text, [.. draft.Items.Select(DraftItemView.Of)]);
    }
}
