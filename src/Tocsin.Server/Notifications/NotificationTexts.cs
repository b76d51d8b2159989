using System.Globalization;
using System.Text;
using System.Text.Json;
using Tocsin.Core.Plan;
using Tocsin.Core.Plan.Decisions;
using Tocsin.Storage.Notifications;

namespace Tocsin.Server.Notifications;

/// <summary>Writes the notifications about one decision: an e-mail text for people and a JSON body for paging
/// systems, both naming the decision, its level and territories, whether it is an exercise, and the decision room's
/// address. Internal texts (the internal rationale, evidence) never go out: only what the proposal's page shows
/// to a signed-in approver is linked to.</summary>
internal sealed class NotificationTexts(PlanCatalogue catalogue, string linkBase)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The e-mail and webhook notifications (as <paramref name="options"/> enables them) that
    /// <paramref name="kind"/> happened to <paramref name="decision"/>; <paramref name="key"/> makes them once-only.</summary>
    public IReadOnlyList<Notification> For(NotificationKind kind, string key, Decision decision, string? proposer, string? subscriber, NotificationOptions options)
    {
        var subject = Subject(kind, decision, subscriber);
        var link = $"{linkBase}/decisions/{decision.Id:D}";
        var list = new List<Notification>();
        if (options.EmailsApprovers)
        {
            list.Add(new Notification(key, NotificationChannel.Email, kind, decision.Id, subject, EmailBody(kind, decision, proposer, subscriber, link)));
        }

        if (options.PagesOnCall)
        {
            var body = JsonSerializer.Serialize(new
            {
                type = "decision." + Name(kind),
                summary = subject,
                decision = decision.Id,
                scheme = decision.SchemeId,
                level = decision.LevelKey,
                territories = decision.TerritoryIds,
                exercise = decision.IsExercise,
                proposedBy = proposer,
                subscriber,
                url = link,
            }, Json);
            list.Add(new Notification(key, NotificationChannel.Webhook, kind, decision.Id, subject, body));
        }

        return list;
    }

    private string Subject(NotificationKind kind, Decision decision, string? subscriber)
    {
        var marker = decision.IsExercise ? "[EXERCISE] " : string.Empty;
        var what = kind switch
        {
            NotificationKind.Proposed => "Approval needed",
            NotificationKind.CancellationProposed => "Cancellation needs approval",
            NotificationKind.Unacknowledged => $"Not acknowledged by {subscriber}",
        };
        return $"{marker}Tocsin: {what} — {LevelName(decision)}, {Territories(decision)}";
    }

    private string EmailBody(NotificationKind kind, Decision decision, string? proposer, string? subscriber, string link)
    {
        var text = new StringBuilder();
        if (decision.IsExercise)
        {
            text.AppendLine("EXERCISE — this decision never changes the public level.").AppendLine();
        }

        text.AppendLine(kind switch
        {
            NotificationKind.Proposed => $"{proposer} proposes a decision that needs a second person's approval.",
            NotificationKind.CancellationProposed => $"The cancellation of a decision in force needs a second person's approval.",
            NotificationKind.Unacknowledged => $"The subscriber {subscriber} has not acknowledged the message announcing this decision.",
        }).AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Level:       {LevelName(decision)} ({decision.SchemeId})");
        text.AppendLine(CultureInfo.InvariantCulture, $"Territories: {Territories(decision)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Effective:   {decision.EffectiveAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Authority:   {decision.Authority}");
        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Decision room: {link}");
        return text.ToString();
    }

    private string LevelName(Decision decision)
    {
        var level = catalogue.FindScheme(decision.SchemeId)?.FindLevel(decision.LevelKey);
        return level is null ? decision.LevelKey : level.Names.GetValueOrDefault("en") ?? level.Names.Values.First();
    }

    private string Territories(Decision decision)
    {
        var scheme = catalogue.FindScheme(decision.SchemeId);
        var set = scheme is null ? null : catalogue.TerritoriesOf(scheme);
        return string.Join(", ", decision.TerritoryIds.Select(id => set?.Find(id)?.Name ?? id));
    }

    private static string Name(NotificationKind kind) => kind switch
    {
        NotificationKind.Proposed => "proposed",
        NotificationKind.CancellationProposed => "cancellation-proposed",
        NotificationKind.Unacknowledged => "unacknowledged",
    };
}
