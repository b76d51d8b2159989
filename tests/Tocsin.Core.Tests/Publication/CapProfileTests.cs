using System.Text;
using System.Text.RegularExpressions;
using Tocsin.Core.Cap;
using Tocsin.Core.Plan;
using Tocsin.Core.Plan.Decisions;
using Tocsin.Core.Publication;
using Tocsin.Testing;

namespace Tocsin.Core.Tests.Publication;

/// <summary>Every message Tocsin writes, for every shipped scheme and level (approval, re-issue, cancellation), meets
/// the rules of the profiles alerting aggregators apply on top of CAP 1.2, read back from the bytes served.</summary>
/// <remarks>Sources:
/// - Google Public Alerts, "Google CAP requirements" and "Google Public Alerts CAP v1.0"
///   (https://developers.google.com/public-alerts/reference/google-cap-requirements,
///   https://developers.google.com/public-alerts/reference/cap-google): <c>expires</c> required; one <c>alert</c>
///   with one <c>info</c> per language for multilingual alerts; an update is a new message with msgType Update or
///   Cancel referencing the previous one; plain-text description; <c>area</c> with valid polygons or geocodes.
/// - FEMA, "IPAWS-OPEN CAP v1.2 profile" (CAP v1.2 USA IPAWS Profile v1.0, OASIS, 2009) and the IPAWS-OPEN CAP
///   Message Construction Guide: <c>expires</c> required in every info; <c>sent</c>/<c>expires</c> with an explicit
///   time zone; <c>urgency</c>, <c>severity</c> and <c>certainty</c> known values; <c>senderName</c> given; every
///   <c>info</c> for immediate public release (scope Public). Its EAS and CMAS channel parameters (<c>EAS-ORG</c>,
///   SAME geocodes, <c>BLOCKCHANNEL</c>) apply only to messages routed to US broadcast channels, which Tocsin's
///   threat-level messages are not: they are not checked here.</remarks>
public sealed class CapProfileTests
{
    private static readonly Regex CapDateTime = new(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[-+]\d{2}:\d{2}$", RegexOptions.CultureInvariant);
    private static readonly DecisionPublisher Publisher = new(PlanCatalogue.Default, new PublisherSettings("alerts@tocsin.example.org", "https://alerts.example.org"));

    public static TheoryData<string, string> Levels()
    {
        var rows = new TheoryData<string, string>();
        foreach (var scheme in PlanCatalogue.Default.Schemes)
        {
            foreach (var level in scheme.Levels)
            {
                rows.Add(scheme.Id, level.Key);
            }
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public void Every_message_meets_the_google_and_ipaws_profile_rules(string schemeId, string levelKey)
    {
        var (approval, reissue, cancel) = Messages(schemeId, levelKey);

        var problems = new[] { approval, reissue, cancel }.SelectMany(Problems).ToList();
        problems.AddRange(new[] { approval, reissue, cancel }.GroupBy(m => m.Alert.Identifier).Where(g => g.Count() > 1).Select(g => "identifier reused: " + g.Key));

        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public void No_info_but_the_main_language_one_carries_the_authority_the_rationale_or_the_reason(string schemeId, string levelKey)
    {
        var scheme = PlanCatalogue.Default.FindScheme(schemeId)!;
        var (approval, reissue, cancel) = Messages(schemeId, levelKey);

        var leaks = (from message in new[] { approval, reissue, cancel }
                     from info in CapReader.Read(message.Xml).Value.Infos.Skip(1)
                     where info.SenderName == "Authority" || info.Description!.Contains("Rationale in the main language.", StringComparison.Ordinal)
                         || info.Description.Contains("Threat reassessed.", StringComparison.Ordinal)
                     select $"{message.Alert.Identifier} ({info.Language})").ToList();

        Assert.True(scheme.Languages.Count == 1 || leaks.Count == 0, string.Join(", ", leaks));
    }

    [Fact]
    public void The_english_vigipirate_info_names_the_issuer_in_english_and_points_to_the_french_reason()
    {
        var (approval, _, cancel) = Messages("vigipirate", "urgence-attentat", "Premier ministre", "La menace terroriste est à son plus haut niveau.", "La menace a baissé.");
        var french = approval.Alert.Infos.Single(i => i.Language == "fr-FR");
        var english = approval.Alert.Infos.Single(i => i.Language == "en-GB");
        var englishCancel = cancel.Alert.Infos.Single(i => i.Language == "en-GB");

        Assert.Equal(
            ("Premier ministre", "Prime Minister of France (SGDSN)", false, "The decision is cancelled. The reason is given in the fr-FR version of this message.",
                "La décision est annulée. Motif : La menace a baissé."),
            (french.SenderName, english.SenderName, english.Description!.Contains("La menace", StringComparison.Ordinal), englishCancel.Description,
                cancel.Alert.Infos.Single(i => i.Language == "fr-FR").Description));
    }

    [Fact]
    public void Each_info_lists_the_measures_by_their_title_in_its_own_language()
    {
        var measures = PlanCatalogue.Default.MeasuresOf("vigipirate").ActiveAt("urgence-attentat", publicOnly: true).Value;
        var (approval, _, _) = Messages("vigipirate", "urgence-attentat");

        var english = approval.Alert.Infos.Single(i => i.Language == "en-GB").Instruction!.Split('\n');

        Assert.Equal(measures.Where(m => m.Titles.ContainsKey("en")).Select(m => "- " + m.Titles["en"]), english);
    }

    [Fact]
    public void No_restricted_measure_reaches_a_CAP_message()
    {
        var restricted = PlanCatalogue.Default.MeasuresOf("vigipirate").Measures.Where(m => !m.IsPublic).SelectMany(m => m.Titles.Values).ToList();
        var (approval, _, _) = Messages("vigipirate", "urgence-attentat");

        var shown = restricted.Where(title => approval.Alert.Infos.Any(i => i.Instruction!.Contains(title, StringComparison.Ordinal)));

        Assert.Equal((true, 0), (restricted.Count > 30, shown.Count()));
    }

    private static (DecisionMessage Approval, DecisionMessage Reissue, DecisionMessage Cancel) Messages(string schemeId, string levelKey,
        string authority = "Authority", string rationale = "Rationale in the main language.", string reason = "Threat reassessed.")
    {
        var scheme = PlanCatalogue.Default.FindScheme(schemeId)!;
        var approvedAt = new DateTimeOffset(2024, 3, 24, 18, 30, 0, TimeSpan.Zero);
        var decision = new Decision
        {
            Id = Guid.CreateVersion7(approvedAt),
            SchemeId = schemeId,
            LevelKey = levelKey,
            TerritoryIds = [scheme.TerritorySetId],
            EffectiveAt = approvedAt,
            ReviewBy = approvedAt.AddDays(30),
            Authority = authority,
            Rationale = rationale,
            Supersedes = [],
            Evidence = [],
            IsExercise = false,
            Status = DecisionStatus.Approved,
            ProposedBy = Guid.NewGuid(),
            ProposedAt = approvedAt.AddHours(-1),
            ApprovedBy = Guid.NewGuid(),
            ApprovedAt = approvedAt,
            Events = [],
        };
        var approval = Publisher.ForApproval(decision, []).Value;
        var reissue = Publisher.ForReissue(decision, Reference(approval), Publisher.ReissueAt(decision, approval.Alert.Infos[0].Expires!.Value)).Value;
        var cancelled = decision with { Status = DecisionStatus.Cancelled, CancelledAt = approvedAt.AddDays(40), Reason = reason };
        var cancel = Publisher.ForCancellation(cancelled, Reference(reissue)).Value;
        return (approval, reissue, cancel);
    }

    private static CapReference Reference(DecisionMessage message) => new(message.Alert.Sender, message.Alert.Identifier, message.Alert.Sent);

    private static IEnumerable<string> Problems(DecisionMessage message)
    {
        var id = message.Alert.Identifier;
        foreach (var error in CapSchema.Validate(message.Xml))
        {
            yield return $"{id}: XSD {error}";
        }

        var read = CapReader.Read(message.Xml);
        if (!read.IsSuccess)
        {
            yield return $"{id}: unreadable";
            yield break;
        }

        var alert = read.Value;
        var text = Encoding.UTF8.GetString(message.Xml);
        foreach (Match time in Regex.Matches(text, "<(sent|effective|expires)>([^<]*)</"))
        {
            if (!CapDateTime.IsMatch(time.Groups[2].Value))
            {
                yield return $"{id}: {time.Groups[1].Value} '{time.Groups[2].Value}' is not the CAP date-time form";
            }
        }

        if (alert.Scope != CapScope.Public || id.IndexOfAny([' ', ',', '<', '&']) >= 0)
        {
            yield return $"{id}: not a public message with a valid identifier";
        }

        if (alert.MsgType != CapMsgType.Alert && (alert.References.Count == 0 || alert.References.Any(r => r.ToWire().Split(',').Length != 3)))
        {
            yield return $"{id}: {alert.MsgType} without sender,identifier,sent references";
        }

        var languages = alert.Infos.Select(i => i.Language).ToList();
        if (languages.Distinct(StringComparer.OrdinalIgnoreCase).Count() != languages.Count || languages.Any(l => !Regex.IsMatch(l ?? string.Empty, "^[a-z]{2,3}(-[A-Z]{2})?$")))
        {
            yield return $"{id}: languages {string.Join(' ', languages)} are not one distinct RFC 3066 tag per info";
        }

        foreach (var info in alert.Infos)
        {
            foreach (var problem in InfoProblems(info, alert.Sent))
            {
                yield return $"{id} ({info.Language}): {problem}";
            }
        }
    }

    private static IEnumerable<string> InfoProblems(CapInfo info, DateTimeOffset sent)
    {
        if (info.Expires is not { } expires || expires <= sent)
        {
            yield return "no expires after sent";
        }

        if (string.IsNullOrWhiteSpace(info.Event) || string.IsNullOrWhiteSpace(info.SenderName) || string.IsNullOrWhiteSpace(info.Headline) || string.IsNullOrWhiteSpace(info.Description))
        {
            yield return "event, senderName, headline or description missing";
        }

        if (info.Urgency == CapUrgency.Unknown || info.Severity == CapSeverity.Unknown || info.Certainty == CapCertainty.Unknown)
        {
            yield return "urgency, severity or certainty Unknown";
        }

        if (!Uri.TryCreate(info.Web, UriKind.Absolute, out var web) || web.Scheme != Uri.UriSchemeHttps)
        {
            yield return $"web '{info.Web}' is not an absolute https URL";
        }

        if (info.Areas.Count == 0 || info.Areas.Any(a => string.IsNullOrWhiteSpace(a.AreaDesc) || (a.Polygons.Count == 0 && a.Geocodes.Count == 0)))
        {
            yield return "an area without description, polygon or geocode";
        }

        if (info.Description!.Contains('<', StringComparison.Ordinal))
        {
            yield return "description is not plain text";
        }
    }
}
