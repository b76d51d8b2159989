using Tocsin.Core.Cap;
using Tocsin.Core.Plan;
using Tocsin.Core.Plan.Decisions;
using Tocsin.Core.Publication;
using Tocsin.Server.Plan;
using Tocsin.Server.Signing;
using Tocsin.Storage;
using Tocsin.Storage.Publications;

namespace Tocsin.Server.Feeds;

/// <summary>Keeps the public feed current while a level stays in force: some margin (the scheme's
/// <see cref="Core.Plan.Schemes.CapExpiryPolicy.ReissueMargin"/>) before a decision's latest CAP message
/// <c>expires</c>, publishes an Update referencing it with a new <c>expires</c> (docs/publication.md).</summary>
/// <remarks>A re-issue is not a decision: nothing about the level changes, no second person is asked, subscribers
/// are not asked to acknowledge it again. It is stored (and so audited, as <c>publication.add</c>), signed, served
/// on the feed and pushed to subscribers like any message. Safe on several nodes: its identifier is the next number
/// of the decision's messages, so the store (under its write lock) keeps the first node's and refuses the others'
/// as <c>publication-identifier-taken</c>. A decision cancelled, superseded or expired is never re-issued, nor one
/// whose own expiry comes no later than its latest message's. Exercises are not re-issued: they never reach the feed.</remarks>
public sealed partial class CapReissuer(ITocsinStore store, PlanCatalogue catalogue, PublicationSettings settings, ServerSigner signer,
    TimeProvider clock, ILogger<CapReissuer> logger) : BackgroundService
{
    /// <summary>How often the decisions in force are checked.</summary>
    public static readonly TimeSpan CheckInterval = TimeSpan.FromMinutes(1);

    private readonly DecisionPublisher _publisher = new(catalogue, settings.Publisher);

    /// <summary>Re-issues every message that is due now; returns the messages this node stored.</summary>
    public async Task<IReadOnlyList<Publication>> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var stored = new List<Publication>();
        foreach (var scheme in catalogue.Schemes)
        {
            // Decisions are read before their messages: a Cancel stored in between is then the latest message.
            var state = new PlanState(scheme, catalogue.TerritoriesOf(scheme), await store.Plan.ListAsync(scheme.Id, cancellationToken), DecisionTrack.Live);
            foreach (var period in state.Periods.Where(p => p.Covers(now)))
            {
                if (await DueAsync(period, now, cancellationToken) is not { } previous)
                {
                    continue;
                }

                var message = _publisher.ForReissue(period.Decision, previous, now);
                if (!message.IsSuccess)
                {
                    throw new InvalidOperationException($"Decision {period.Decision.Id}: {message.Error.Message}");
                }

                var added = await store.Publications.AddAsync(ToPublication(message.Value, period.Decision), cancellationToken);
                if (added.IsSuccess)
                {
                    LogReissued(added.Value.Identifier, previous.Identifier);
                    stored.Add(added.Value);
                }
                else if (added.Error.Code != "publication-identifier-taken")
                {
                    throw new InvalidOperationException($"Re-issuing {previous.Identifier}: {added.Error.Message}");
                }
            }
        }

        return stored;
    }

    /// <summary>The reference to the decision's latest message when it must be re-issued now, else null.</summary>
    private async Task<CapReference?> DueAsync(InForcePeriod period, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var messages = await store.Publications.ForDecisionAsync(period.Decision.Id, cancellationToken);
        if (messages.Count == 0 || messages[^1].MsgType == CapMsgType.Cancel)
        {
            return null;
        }

        var latest = CapReader.Read(messages[^1].Xml.ToArray());
        if (!latest.IsSuccess)
        {
            throw new InvalidOperationException($"Stored message {messages[^1].Identifier} does not read as CAP: {latest.Error.Message}");
        }

        // A message written before expiry policies existed has none: it is re-issued at once, with one.
        var expires = latest.Value.Infos.Count > 0 ? latest.Value.Infos[0].Expires : null;
        var due = expires is not { } lapse
            || (now >= _publisher.ReissueAt(period.Decision, lapse) && (period.End is null || period.End > lapse));
        return due ? new CapReference(latest.Value.Sender, latest.Value.Identifier, latest.Value.Sent) : null;
    }

    private Publication ToPublication(DecisionMessage message, Decision decision) =>
        new(0, message.Alert.Identifier, decision.Id, message.Alert.Sent, message.Alert.Status, message.Alert.MsgType,
            message.Alert.Scope, decision.SchemeId, message.LevelKey, message.TerritoryIds, message.Headline, signer.SignCap(message.Xml));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
                await Task.Delay(CheckInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A locked or unavailable store: try again at the next interval rather than stop the host.
                LogFailed(ex);
                await Task.Delay(CheckInterval, clock, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "CAP message {Identifier} re-issues {Previous} before it lapses")]
    private partial void LogReissued(string identifier, string previous);

    [LoggerMessage(Level = LogLevel.Error, Message = "Re-issuing CAP messages failed")]
    private partial void LogFailed(Exception exception);
}
