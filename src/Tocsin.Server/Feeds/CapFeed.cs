using Tocsin.Core.Cap;
using Tocsin.Core.Cap.Atom;
using Tocsin.Server.Plan;
using Tocsin.Storage;
using Tocsin.Storage.Publications;

namespace Tocsin.Server.Feeds;

/// <summary>Builds the public Atom feed from the stored publications (Actual, Public only: exercises never
/// appear) and keeps the last one built, so a poll that finds no new message costs one indexed query.</summary>
public sealed class CapFeed(ITocsinStore store, PublicationSettings settings)
{
    /// <summary>How many messages the feed lists, newest first.</summary>
    public const int Size = 50;

    // Replaced whole, never mutated: readers on other threads see one snapshot or the next.
    private volatile Snapshot? _last;

    /// <summary>The feed's bytes. The entry of each message is summarised from its stored bytes, in the
    /// language of its first <c>info</c>.</summary>
    /// <exception cref="InvalidOperationException">A stored message does not read as CAP, or the feed
    /// settings are invalid: both are bugs or misconfiguration, not client errors.</exception>
    public async Task<byte[]> BytesAsync(CancellationToken cancellationToken)
    {
        var latest = await store.Publications.LatestPublicAsync(Size, cancellationToken);
        var newest = latest.Count == 0 ? 0 : latest[0].Sequence;
        if (_last is { } last && last.Sequence == newest)
        {
            return last.Bytes;
        }

        var feed = new AtomFeed
        {
            Id = settings.FeedId,
            Title = settings.FeedTitle,
            SelfLink = settings.LinkBase.TrimEnd('/') + "/feeds/cap.atom",
            // The newest message's time, so that the bytes (and the ETag) change only with a new message.
            Updated = latest.Count == 0 ? DateTimeOffset.UnixEpoch : latest[0].Sent,
            Author = new AtomPerson(settings.FeedAuthor),
        };
        var written = AtomFeedWriter.Write(feed, latest.Select(Summary));
        var bytes = written.IsSuccess ? written.Value : throw new InvalidOperationException($"The CAP feed cannot be written: {written.Error.Message}");
        _last = new Snapshot(newest, bytes);
        return bytes;
    }

    private static CapAlertSummary Summary(Publication publication)
    {
        var alert = CapReader.Read(publication.Xml.ToArray());
        if (!alert.IsSuccess)
        {
            throw new InvalidOperationException($"Stored message {publication.Identifier} does not read as CAP: {alert.Error.Message}");
        }

        return CapAlertSummary.From(alert.Value, publication.LevelKey, string.Join(',', publication.TerritoryIds), alert.Value.Infos.Count > 0 ? alert.Value.Infos[0].Language : null);
    }

    private sealed record Snapshot(long Sequence, byte[] Bytes);
}
