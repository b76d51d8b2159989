using Tocsin.Core.Ingest;
using Tocsin.Storage.Drafts;

namespace Tocsin.Server.Ingest;

/// <summary>One item: <c>field</c> (source, actor, party, location, incident, link, claim, attribution,
/// level-change, quote), <c>spans</c> as UTF-16 offsets into the draft text (end exclusive), <c>status</c>
/// (pending, accepted, dropped).</summary>
public sealed record DraftItemView(string Id, string Field, string Type, string Label, int Confidence, IReadOnlyList<SpanView> Spans,
    bool Existing, string Status, string? AcceptedObjectId, string? AcceptedVersion)
{
    /// <summary>The view of <paramref name="item"/>.</summary>
    public static DraftItemView Of(DraftItemState item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new(item.Id, FieldName(item.Field), item.Type, item.Label, item.Confidence, [.. item.Spans.Select(s => new SpanView(s.Start, s.End))],
            item.Existing, item.Status.ToString().ToLowerInvariant(), item.AcceptedObjectId, item.AcceptedVersion);
    }

    /// <summary>The wire name of a field, as in the provenance extension's <c>field</c>.</summary>
    public static string FieldName(DraftField field) => field switch
    {
        DraftField.Report => "report",
        DraftField.Source => "source",
        DraftField.Actor => "actor",
        DraftField.Party => "party",
        DraftField.Location => "location",
        DraftField.Incident => "incident",
        DraftField.Claim => "claim",
        DraftField.Attribution => "attribution",
        DraftField.LevelChange => "level-change",
        DraftField.Quote => "quote",
        DraftField.Link => "link",
    };
}
