using Tocsin.Core.Cap;
using Tocsin.Core.Plan;
using Tocsin.Core.Plan.Decisions;
using Tocsin.Core.Plan.Schemes;
using Tocsin.Core.Plan.Territories;

namespace Tocsin.Core.Publication;

/// <summary>Turns decisions into CAP 1.2 messages (DESIGN "Publication", docs/publication.md). Pure: every
/// time comes from the decision, nothing is read from a clock or a store.</summary>
/// <remarks>
/// An approved decision gives one message, identifier <c>tocsin-{decision id}-1</c>: an Alert, or an
/// Update referencing the messages of the decisions it supersedes. While it stays in force, an Update re-issues it
/// before each message lapses (<c>-2</c>, <c>-3</c>, …). A cancellation gives the next number, a Cancel referencing
/// the decision's latest message. Each <c>info</c> is in its own language only: the rationale, the cancellation
/// reason and the deciding authority (the <c>senderName</c>) are written in the scheme's main language, so the other
/// infos carry the rationale's translation or none, a pointer to the main-language reason, and the scheme's issuer. Exercises are
/// written with status Exercise and a note. One <c>info</c> per scheme language, in the scheme's order.
/// </remarks>
public sealed class DecisionPublisher
{
    private readonly PlanCatalogue _catalogue;
    private readonly PublisherSettings _settings;

    /// <summary>A publisher over <paramref name="catalogue"/>'s schemes, territories and measures.</summary>
    public DecisionPublisher(PlanCatalogue catalogue, PublisherSettings settings)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(settings);
        _catalogue = catalogue;
        _settings = settings;
    }

    /// <summary>The identifier of the <paramref name="number"/>th message of a decision (1: its approval,
    /// then its re-issues and its cancellation): <c>tocsin-{id}-{number}</c>, a valid CAP identifier and URL path segment.</summary>
    public static string IdentifierOf(Guid decisionId, int number) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"tocsin-{decisionId:D}-{number}");

    /// <summary>CAP whole-second UTC time: fractions are truncated, never rounded up.</summary>
    public static DateTimeOffset WholeSeconds(DateTimeOffset instant)
    {
        var ticks = instant.UtcTicks;
        return new DateTimeOffset(ticks - (ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }

    /// <summary>The message announcing an approved decision: <c>sent</c> is the approval time, <c>effective</c>
    /// the in-force start max(effective, approval), <c>expires</c> given by the scheme's
    /// <see cref="AlertScheme.CapExpiry"/> policy (never after the decision's own expiry), all truncated to
    /// whole seconds. <paramref name="superseded"/> are the latest messages of the decisions it supersedes:
    /// with any, the message is an Update referencing them. Fails with <c>cap-invalid</c> (a bug in the
    /// data, reported rather than thrown).</summary>
    /// <exception cref="ArgumentException">The decision is not approved or its scheme is unknown.</exception>
    public Result<DecisionMessage> ForApproval(Decision decision, IReadOnlyList<CapReference> superseded)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(superseded);
        var approvedAt = ApprovedAt(decision);
        var identifier = IdentifierOf(decision.Id, 1);
        var infos = InForceInfos(decision, approvedAt, identifier);
        return Write(decision, WholeSeconds(approvedAt), identifier, superseded.Count == 0 ? CapMsgType.Alert : CapMsgType.Update, superseded, infos);
    }

    /// <summary>The Update re-issuing a decision still in force before its latest message, <paramref name="previous"/>,
    /// lapses: the same texts, <c>sent</c> at <paramref name="now"/>, a new <c>expires</c> by the scheme's policy from
    /// then, referencing <paramref name="previous"/>. Its identifier is the next number after the previous one's, so
    /// two nodes re-issuing the same message write the same identifier and the store keeps one. Not a new decision:
    /// nothing about the level changes.</summary>
    /// <exception cref="ArgumentException">The decision is not approved or its scheme is unknown.</exception>
    public Result<DecisionMessage> ForReissue(Decision decision, CapReference previous, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(previous);
        ApprovedAt(decision);
        var identifier = IdentifierOf(decision.Id, NumberOf(decision.Id, previous.Identifier) + 1);
        var infos = InForceInfos(decision, now, identifier);
        return Write(decision, WholeSeconds(now), identifier, CapMsgType.Update, [previous], infos);
    }

    /// <summary>When a message about <paramref name="decision"/> expiring at <paramref name="expires"/> should be
    /// re-issued: <paramref name="expires"/> less the scheme's re-issue margin.</summary>
    public DateTimeOffset ReissueAt(Decision decision, DateTimeOffset expires)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return expires - Resolve(decision).Scheme.CapExpiry.ReissueMargin;
    }

    private static DateTimeOffset ApprovedAt(Decision decision) =>
        decision.Status == DecisionStatus.Approved && decision.ApprovedAt is { } approvedAt
            ? approvedAt
            : throw new ArgumentException($"Decision {decision.Id} is {decision.Status}; only an approved decision is published.", nameof(decision));

    private List<CapInfo> InForceInfos(Decision decision, DateTimeOffset sent, string identifier)
    {
        var (scheme, level, set) = Resolve(decision);
        var start = decision.ApprovedAt > decision.EffectiveAt ? decision.ApprovedAt.Value : decision.EffectiveAt;
        var expires = scheme.CapExpiry.ExpiresFor(decision, sent > start ? sent : start);
        return [.. scheme.Languages.Select(language => Info(decision, scheme, level, set, language, identifier) with
        {
            Effective = WholeSeconds(start),
            Expires = WholeSeconds(expires),
        })];
    }

    /// <summary>The number n of a message identifier <c>tocsin-{decision}-{n}</c>; 1 for any other form.</summary>
    private static int NumberOf(Guid decisionId, string identifier)
    {
        var prefix = IdentifierOf(decisionId, 0)[..^1];
        return identifier.StartsWith(prefix, StringComparison.Ordinal)
            && int.TryParse(identifier.AsSpan(prefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? number
            : 1;
    }

    /// <summary>The Cancel of a cancelled decision, referencing <paramref name="cancelled"/> (the decision's
    /// latest message). <c>sent</c> is when the cancellation was recorded, <c>expires</c> one period of the scheme's policy after it takes effect, <c>effective</c> when it takes
    /// effect; the description gives the reason, which is therefore public.</summary>
    /// <exception cref="ArgumentException">The decision is not cancelled or its scheme is unknown.</exception>
    public Result<DecisionMessage> ForCancellation(Decision decision, CapReference cancelled)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(cancelled);
        if (decision.Status != DecisionStatus.Cancelled || decision.CancelledAt is not { } cancelledAt)
        {
            throw new ArgumentException($"Decision {decision.Id} is {decision.Status}, not cancelled.", nameof(decision));
        }

        var (scheme, level, set) = Resolve(decision);
        var recorded = decision.Events.LastOrDefault(e => e.Kind == DecisionEventKind.Cancelled)?.At ?? cancelledAt;
        var identifier = IdentifierOf(decision.Id, NumberOf(decision.Id, cancelled.Identifier) + 1);
        var infos = scheme.Languages.Select(language =>
        {
            var info = Info(decision, scheme, level, set, language, identifier);
            var marker = decision.IsExercise ? MessageTexts.ExerciseMarker(language) : string.Empty;
            return info with
            {
                ResponseTypes = [CapResponseType.AllClear],
                Headline = marker + MessageTexts.CancelledPrefix(language) + info.Headline![marker.Length..],
                // The reason is written in the main language only: the other infos point to it instead of quoting it.
                Description = language == scheme.Languages[0]
                    ? MessageTexts.CancelledDescription(language, decision.Reason ?? string.Empty)
                    : MessageTexts.CancelledReasonElsewhere(language, MessageTexts.LanguageTag(scheme.Languages[0], scheme.Country)),
                Instruction = null,
                Effective = WholeSeconds(cancelledAt),
                // The profiles require expires on every message: a Cancel stays listed for one period of the policy.
                Expires = WholeSeconds((recorded > cancelledAt ? recorded : cancelledAt) + scheme.CapExpiry.Period),
            };
        }).ToList();
        return Write(decision, WholeSeconds(recorded), identifier, CapMsgType.Cancel, [cancelled], infos);
    }

    private Result<DecisionMessage> Write(Decision decision, DateTimeOffset sent, string identifier, CapMsgType msgType,
        IReadOnlyList<CapReference> references, List<CapInfo> infos)
    {
        var alert = new CapAlert
        {
            Identifier = identifier,
            Sender = _settings.Sender,
            Sent = sent,
            Status = decision.IsExercise ? CapStatus.Exercise : CapStatus.Actual,
            MsgType = msgType,
            Scope = CapScope.Public,
            Note = decision.IsExercise ? MessageTexts.ExerciseNote(decision.Id) : null,
            References = references,
            Infos = infos,
        };
        var bytes = CapWriter.Write(alert);
        if (!bytes.IsSuccess)
        {
            return bytes.Error;
        }

        return new DecisionMessage(alert, bytes.Value, infos[0].Headline!, decision.LevelKey, decision.TerritoryIds);
    }

    private CapInfo Info(Decision decision, AlertScheme scheme, AlertLevel level, TerritorySet set, string language, string identifier)
    {
        var marker = decision.IsExercise ? MessageTexts.ExerciseMarker(language) : string.Empty;
        var measures = _catalogue.MeasuresOf(scheme.Id).ActiveAt(level.Key, publicOnly: true).Value;
        // A measure without a title in this language is left out of this info rather than shown in another language.
        var instruction = string.Join('\n', measures.Where(m => m.Titles.ContainsKey(language)).Select(m => "- " + m.Titles[language]));
        return new CapInfo
        {
            Language = MessageTexts.LanguageTag(language, scheme.Country),
            Categories = [CapCategory.Security],
            Event = Text(level.CapEvents, language),
            ResponseTypes = [CapResponseType.Monitor],
            Urgency = CapLevelMapping.ToCap(level.Urgency),
            Severity = CapLevelMapping.ToCap(level.Severity),
            Certainty = CapLevelMapping.ToCap(level.Certainty),
            EventCodes = [new CapValuePair(scheme.Id + "-level", level.Key)],
            SenderName = SenderName(decision, scheme, language),
            Headline = marker + Text(level.CapEvents, language) + " (" + AreaNames(decision, set) + ")",
            Description = decision.RationaleIn(language, scheme.Languages[0]) is { } rationale
                ? Text(level.Descriptions, language) + "\n\n" + rationale
                : Text(level.Descriptions, language),
            Instruction = instruction.Length == 0 ? null : instruction,
            Web = $"{_settings.LinkBase}/feeds/cap/{identifier}.xml",
            Areas = [.. decision.TerritoryIds.Select(id => Area(set, id))],
        };
    }

    /// <summary>The decision's authority in the scheme's main language, where it was written; in another language the
    /// scheme's issuer (or, without one, the scheme's name) in that language, so no info carries another language's text.</summary>
    private static string SenderName(Decision decision, AlertScheme scheme, string language) =>
        language == scheme.Languages[0] ? decision.Authority
        : scheme.Issuer.TryGetValue(language, out var issuer) ? issuer
        : Text(scheme.Names, language);

    private static Cap.CapArea Area(TerritorySet set, string territoryId)
    {
        var area = CapAreaBuilder.Build(set, territoryId).Value;
        return new Cap.CapArea
        {
            AreaDesc = area.Description,
            Polygons = area.Polygons,
            Geocodes = [.. area.Geocodes.Select(g => new CapValuePair(g.ValueName, g.Value))],
        };
    }

    private static string AreaNames(Decision decision, TerritorySet set)
    {
        var names = decision.TerritoryIds.Select(id => set.Find(id)?.Name ?? id).ToList();
        return names.Count <= 3 ? string.Join(", ", names) : string.Join(", ", names.Take(3)) + $", +{names.Count - 3}";
    }

    private static string Text(IReadOnlyDictionary<string, string> texts, string language) =>
        texts.TryGetValue(language, out var text) ? text : texts.Values.First();

    private (AlertScheme Scheme, AlertLevel Level, TerritorySet Set) Resolve(Decision decision)
    {
        var scheme = _catalogue.FindScheme(decision.SchemeId)
            ?? throw new ArgumentException($"Decision {decision.Id} names unknown scheme '{decision.SchemeId}'.", nameof(decision));
        var level = scheme.FindLevel(decision.LevelKey)
            ?? throw new ArgumentException($"Decision {decision.Id} names unknown level '{decision.LevelKey}'.", nameof(decision));
        return (scheme, level, _catalogue.TerritoriesOf(scheme));
    }
}
