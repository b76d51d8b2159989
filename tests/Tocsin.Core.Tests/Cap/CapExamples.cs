using Tocsin.Core.Cap;

namespace Tocsin.Core.Tests.Cap;

/// <summary>Valid CAP messages that tests then adjust with <c>with</c>.</summary>
internal static class CapExamples
{
    public const string Sender = "vigipirate@sgdsn.example.fr";

    // Rough outline of metropolitan France, closed: the first pair is repeated at the end.
    public const string France =
        "51.09,2.54 49.50,6.20 48.97,8.23 47.58,7.59 46.40,6.10 43.78,7.53 43.03,6.10 42.43,3.17 43.38,-1.78 46.20,-1.30 48.60,-4.80 49.70,-1.60 51.09,2.54";

    public static readonly DateTimeOffset Sent = new(2024, 3, 24, 19, 30, 0, TimeSpan.Zero);

    public static CapAlert UrgenceAttentat(string identifier = "urn:uuid:6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f") => new()
    {
        Identifier = identifier,
        Sender = Sender,
        Sent = Sent,
        Status = CapStatus.Actual,
        MsgType = CapMsgType.Alert,
        Scope = CapScope.Public,
        Infos = [French(), English()],
    };

    public static CapAlert Update(params CapReference[] references) => UrgenceAttentat("urn:uuid:0b7e1a52-93c4-4d0e-a7f2-5c6d7e8f9a0b") with
    {
        Sent = Sent.AddDays(1),
        MsgType = CapMsgType.Update,
        References = references.Length > 0 ? references : [Reference()],
    };

    public static CapReference Reference() => new(Sender, "urn:uuid:6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f", Sent);

    public static CapInfo French() => new()
    {
        Language = "fr-FR",
        Categories = [CapCategory.Security],
        Event = "Vigipirate : urgence attentat",
        ResponseTypes = [CapResponseType.Monitor],
        Urgency = CapUrgency.Immediate,
        Severity = CapSeverity.Extreme,
        Certainty = CapCertainty.Likely,
        EventCodes = [new CapValuePair("vigipirate-level", "urgence-attentat")],
        Effective = Sent,
        SenderName = "Secrétariat général de la défense et de la sécurité nationale",
        Headline = "Le plan Vigipirate est porté au niveau « urgence attentat »",
        Description = "Le niveau « urgence attentat » est activé sur l'ensemble du territoire national.",
        Instruction = "Restez vigilants et signalez tout comportement suspect au 17 ou au 112.",
        Web = "https://www.sgdsn.gouv.fr/vigipirate",
        Areas = [Area()],
    };

    public static CapInfo English() => French() with
    {
        Language = "en-GB",
        Event = "Vigipirate: emergency terrorist attack",
        SenderName = "General Secretariat for Defence and National Security",
        Headline = "Vigipirate raised to its highest level, \"urgence attentat\"",
        Description = "The \"emergency terrorist attack\" level applies to the whole national territory.",
        Instruction = "Stay alert and report any suspicious behaviour on 17 or 112.",
    };

    public static CapArea Area() => new()
    {
        AreaDesc = "France métropolitaine",
        Polygons = [France],
        Geocodes = [new CapValuePair("ISO3166-1", "FRA")],
    };

    /// <summary>A closed ring of <paramref name="points"/> pairs (the last one repeating the first).</summary>
    public static string Ring(int points)
    {
        var pairs = Enumerable.Range(0, points - 1)
            .Select(i => FormattableString.Invariant($"{45 + (i % 10) * 0.1:0.0},{2 + i * 0.01:0.00}"))
            .ToList();
        pairs.Add(pairs[0]);
        return string.Join(' ', pairs);
    }
}
