using Microsoft.Extensions.Options;
using Tocsin.Core.Plan;
using Tocsin.Core.Plan.Postures;
using Tocsin.Core.Plan.Recipients;
using Tocsin.Server.Plan;
using Tocsin.Storage.Recipients;
using Tocsin.Storage.Webhooks;

namespace Tocsin.Server.Recipients;

/// <summary>Makes the one message a recipient receives about a posture, or none: an exercise only reaches
/// subscribers who opted in to exercises, and a recipient to whom no measure is addressed gets nothing.</summary>
public sealed class PostureMessageFactory(ReportLinks links, PostureMeasures measures, PlanCatalogue plan, PublicationSettings publication,
    IOptions<RecipientOptions> options, TimeProvider clock)
{
    /// <summary>The recipient profile of <paramref name="subscriber"/>.</summary>
    public static RecipientProfile ProfileOf(Subscriber subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        return new(subscriber.Sectors, subscriber.Groups, subscriber.TerritoryIds);
    }

    /// <summary>The measures of <paramref name="posture"/> addressed to <paramref name="subscriber"/> (empty for an
    /// exercise it did not opt in to, or a scheme the server does not know).</summary>
    public IReadOnlyList<AddressedMeasure> AddressedTo(Posture posture, Subscriber subscriber)
    {
        ArgumentNullException.ThrowIfNull(posture);
        ArgumentNullException.ThrowIfNull(subscriber);
        if ((posture.IsExercise && !subscriber.Exercises) || plan.FindScheme(posture.SchemeId) is not { } scheme)
        {
            return [];
        }

        return MeasureAddressing.For(posture, measures.For(posture.SchemeId), ProfileOf(subscriber), plan.TerritoriesOf(scheme));
    }

    /// <summary>The message of <paramref name="kind"/> to <paramref name="subscriber"/>, with a fresh report link, or
    /// null when no measure of <paramref name="posture"/> is addressed to it.</summary>
    public PostureMessage? Create(Posture posture, Subscriber subscriber, PostureMessageKind kind, long? changeSequence)
    {
        var addressed = AddressedTo(posture, subscriber);
        if (addressed.Count == 0)
        {
            return null;
        }

        var id = Guid.CreateVersion7();
        var expires = clock.GetUtcNow() + options.Value.ReportLinkLifetime;
        var token = links.Issue(new ReportLink(posture.Id, subscriber.Id, expires));
        var origin = publication.LinkBase.TrimEnd('/');
        var body = PostureMessageBody.Write(id, kind, posture, subscriber, addressed, $"{origin}/report/{token}",
            $"{origin}/api/v1/postures/{posture.Id:D}/reports", expires);
        return new PostureMessage(id, posture.Id, subscriber.Id, kind, changeSequence, [.. addressed.Select(a => a.Measure.Id)], body);
    }
}
