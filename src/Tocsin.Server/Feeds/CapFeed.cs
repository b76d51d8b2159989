using Tocsin.Core.Cap;
using Tocsin.Core.Cap.Atom;
using Tocsin.Server.Plan;
using Tocsin.Storage.Publications;

namespace Tocsin.Server.Feeds;

/// <summary>Writes the public Atom feed from the stored publications (Actual, Public only: exercises never
/// appear). The public snapshot (<see cref="Snapshot.PublicSnapshots"/>) writes it once per publication.</summary>
public sealed class CapFeed(PublicationSettings settings)
{
    /// <summary>How many messages the feed lists, newest first.</summary>
    public const int Size = 50;

    // The summaries of the messages the last feed listed, by identifier. A stored message never changes, so its
    // summary is read from its bytes once: each publication then parses one new message, not the fifty it lists (the
    // parsing was two fifths of a snapshot rebuild in a profile of approvals, and readers wait on the cores meanwhile).
    private volatile Dictionary<string, CapAlertSummary> _summaries = new(StringComparer.Ordinal);

    /// <summary>The feed's bytes listing <paramref name="latest"/> (newest first, as
    /// <see cref="IPublicationStore.LatestPublicAsync"/> returns them): the public snapshot writes the feed from the
    /// same read as the messages it serves beside it.</summary>
    /// <remarks>The entry of each message is summarised from its stored bytes, in the language of its first
    /// <c>info</c>.</remarks>
    /// <exception cref="InvalidOperationException">A stored message does not read as CAP, or the feed
    /// settings are invalid: both are bugs or misconfiguration, not client errors.</exception>
    public byte[] Write(IReadOnlyList<Publication> latest)
    {
        ArgumentNullException.ThrowIfNull(latest);
        var feed = new AtomFeed
        {
            Id = settings.FeedId,
            Title = settings.FeedTitle,
            SelfLink = settings.LinkBase.TrimEnd('/') + "/feeds/cap.atom",
            // The newest message's time, so that the bytes (and the ETag) change only with a new message.
            Updated = latest.Count == 0 ? DateTimeOffset.UnixEpoch : latest[0].Sent,
            Author = new AtomPerson(settings.FeedAuthor),
        };
        var known = _summaries;
        var summaries = latest.Select(p => known.TryGetValue(p.Identifier, out var summary) ? summary : Summary(p)).ToList();
        _summaries = latest.Zip(summaries).ToDictionary(pair => pair.First.Identifier, pair => pair.Second, StringComparer.Ordinal);
        var written = AtomFeedWriter.Write(feed, summaries);
        return written.IsSuccess ? written.Value : throw new InvalidOperationException($"The CAP feed cannot be written: {written.Error.Message}");
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
}
