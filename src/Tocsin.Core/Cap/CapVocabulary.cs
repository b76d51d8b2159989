namespace Tocsin.Core.Cap;

/// <summary>The wire names of CAP 1.2's closed vocabularies (the XSD enumerations of §3.4), both ways.
/// Writing uses exhaustive switches, so a new enum member cannot reach the wire unnamed; reading is
/// case-sensitive and exact, as the XSD's <c>xs:string</c> enumerations are (no trimming, no case folding).</summary>
public static class CapVocabulary
{
    /// <summary>The wire name of <paramref name="value"/>; an undefined value throws (a bug in the caller).</summary>
    public static string ToWire(CapStatus value) => value switch
    {
        CapStatus.Actual => "Actual",
        CapStatus.Exercise => "Exercise",
        CapStatus.System => "System",
        CapStatus.Test => "Test",
        CapStatus.Draft => "Draft",
    };

    /// <summary>The wire name of <paramref name="value"/>; an undefined value throws (a bug in the caller).</summary>
    public static string ToWire(CapMsgType value) => value switch
    {
        CapMsgType.Alert => "Alert",
        CapMsgType.Update => "Update",
        CapMsgType.Cancel => "Cancel",
        CapMsgType.Ack => "Ack",
        CapMsgType.Error => "Error",
    };

    /// <summary>The wire name of <paramref name="value"/>; an undefined value throws (a bug in the caller).</summary>
    public static string ToWire(CapScope value) => value switch
    {
        CapScope.Public => "Public",
        CapScope.Restricted => "Restricted",
        CapScope.Private => "Private",
    };

    /// <summary>The wire name of <paramref name="value"/>; an undefined value throws (a bug in the caller).</summary>
    public static string ToWire(CapCategory value) => value switch
    {
        CapCategory.Geo => "Geo",
        CapCategory.Met => "Met",
        CapCategory.Safety => "Safety",
        CapCategory.Security => "Security",
        CapCategory.Rescue => "Rescue",
        CapCategory.Fire => "Fire",
        CapCategory.Health => "Health",
        CapCategory.Env => "Env",
        CapCategory.Transport => "Transport",
        CapCategory.Infra => "Infra",
        CapCategory.CBRNE => "CBRNE",
        CapCategory.Other => "Other",
    };

    /// <summary>The wire name of <paramref name="value"/>; an undefined value throws (a bug in the caller).</summary>
    public static string ToWire(CapResponseType value) => value switch
    {
        CapResponseType.Shelter => "Shelter",
        CapResponseType.Evacuate => "Evacuate",
        CapResponseType.Prepare => "Prepare",
        CapResponseType.Execute => "Execute",
        CapResponseType.Avoid => "Avoid",
        CapResponseType.Monitor => "Monitor",
        CapResponseType.Assess => "Assess",
        CapResponseType.AllClear => "AllClear",
        CapResponseType.None => "None",
    };

    /// <summary>The wire name of <paramref name="value"/>; an undefined value throws (a bug in the caller).</summary>
    public static string ToWire(CapUrgency value) => value switch
    {
        CapUrgency.Immediate => "Immediate",
        CapUrgency.Expected => "Expected",
        CapUrgency.Future => "Future",
        CapUrgency.Past => "Past",
        CapUrgency.Unknown => "Unknown",
    };

    /// <summary>The wire name of <paramref name="value"/>; an undefined value throws (a bug in the caller).</summary>
    public static string ToWire(CapSeverity value) => value switch
    {
        CapSeverity.Extreme => "Extreme",
        CapSeverity.Severe => "Severe",
        CapSeverity.Moderate => "Moderate",
        CapSeverity.Minor => "Minor",
        CapSeverity.Unknown => "Unknown",
    };

    /// <summary>The wire name of <paramref name="value"/>; an undefined value throws (a bug in the caller).</summary>
    public static string ToWire(CapCertainty value) => value switch
    {
        CapCertainty.Observed => "Observed",
        CapCertainty.Likely => "Likely",
        CapCertainty.Possible => "Possible",
        CapCertainty.Unlikely => "Unlikely",
        CapCertainty.Unknown => "Unknown",
    };

    /// <summary>Reads a <c>status</c> wire name; null when <paramref name="text"/> is not exactly one of them.</summary>
    public static CapStatus? ParseStatus(string? text) => text switch
    {
        "Actual" => CapStatus.Actual,
        "Exercise" => CapStatus.Exercise,
        "System" => CapStatus.System,
        "Test" => CapStatus.Test,
        "Draft" => CapStatus.Draft,
        _ => null,
    };

    /// <summary>Reads a <c>msgType</c> wire name; null when <paramref name="text"/> is not exactly one of them.</summary>
    public static CapMsgType? ParseMsgType(string? text) => text switch
    {
        "Alert" => CapMsgType.Alert,
        "Update" => CapMsgType.Update,
        "Cancel" => CapMsgType.Cancel,
        "Ack" => CapMsgType.Ack,
        "Error" => CapMsgType.Error,
        _ => null,
    };

    /// <summary>Reads a <c>scope</c> wire name; null when <paramref name="text"/> is not exactly one of them.</summary>
    public static CapScope? ParseScope(string? text) => text switch
    {
        "Public" => CapScope.Public,
        "Restricted" => CapScope.Restricted,
        "Private" => CapScope.Private,
        _ => null,
    };

    /// <summary>Reads a <c>category</c> wire name; null when <paramref name="text"/> is not exactly one of them.</summary>
    public static CapCategory? ParseCategory(string? text) => text switch
    {
        "Geo" => CapCategory.Geo,
        "Met" => CapCategory.Met,
        "Safety" => CapCategory.Safety,
        "Security" => CapCategory.Security,
        "Rescue" => CapCategory.Rescue,
        "Fire" => CapCategory.Fire,
        "Health" => CapCategory.Health,
        "Env" => CapCategory.Env,
        "Transport" => CapCategory.Transport,
        "Infra" => CapCategory.Infra,
        "CBRNE" => CapCategory.CBRNE,
        "Other" => CapCategory.Other,
        _ => null,
    };

    /// <summary>Reads a <c>responseType</c> wire name; null when <paramref name="text"/> is not exactly one of them.</summary>
    public static CapResponseType? ParseResponseType(string? text) => text switch
    {
        "Shelter" => CapResponseType.Shelter,
        "Evacuate" => CapResponseType.Evacuate,
        "Prepare" => CapResponseType.Prepare,
        "Execute" => CapResponseType.Execute,
        "Avoid" => CapResponseType.Avoid,
        "Monitor" => CapResponseType.Monitor,
        "Assess" => CapResponseType.Assess,
        "AllClear" => CapResponseType.AllClear,
        "None" => CapResponseType.None,
        _ => null,
    };

    /// <summary>Reads a <c>urgency</c> wire name; null when <paramref name="text"/> is not exactly one of them.</summary>
    public static CapUrgency? ParseUrgency(string? text) => text switch
    {
        "Immediate" => CapUrgency.Immediate,
        "Expected" => CapUrgency.Expected,
        "Future" => CapUrgency.Future,
        "Past" => CapUrgency.Past,
        "Unknown" => CapUrgency.Unknown,
        _ => null,
    };

    /// <summary>Reads a <c>severity</c> wire name; null when <paramref name="text"/> is not exactly one of them.</summary>
    public static CapSeverity? ParseSeverity(string? text) => text switch
    {
        "Extreme" => CapSeverity.Extreme,
        "Severe" => CapSeverity.Severe,
        "Moderate" => CapSeverity.Moderate,
        "Minor" => CapSeverity.Minor,
        "Unknown" => CapSeverity.Unknown,
        _ => null,
    };

    /// <summary>Reads a <c>certainty</c> wire name; null when <paramref name="text"/> is not exactly one of them.</summary>
    public static CapCertainty? ParseCertainty(string? text) => text switch
    {
        "Observed" => CapCertainty.Observed,
        "Likely" => CapCertainty.Likely,
        "Possible" => CapCertainty.Possible,
        "Unlikely" => CapCertainty.Unlikely,
        "Unknown" => CapCertainty.Unknown,
        _ => null,
    };
}
