namespace Tocsin.Core.Cap;

/// <summary>What the Atom feed needs of one published CAP message, stored beside its bytes so the feed is
/// built without parsing XML again.</summary>
/// <param name="Identifier">The message's <c>identifier</c>; names the entry and its link.</param>
/// <param name="Sender">The message's <c>sender</c>.</param>
/// <param name="Sent">The message's <c>sent</c>: the entry's <c>updated</c>, and its place in the feed.</param>
/// <param name="Status">Only Actual messages go on the public feed.</param>
/// <param name="MsgType">Alert, Update or Cancel.</param>
/// <param name="Scope">Only Public messages go on the public feed.</param>
/// <param name="Title">The entry title: the chosen <c>info</c>'s headline (or its event).</param>
/// <param name="Summary">The entry summary: that <c>info</c>'s description, if any.</param>
/// <param name="Level">The alert level's code, e.g. <c>urgence-attentat</c>.</param>
/// <param name="Territory">The territory's code, e.g. <c>FRA</c>.</param>
public sealed record CapAlertSummary(
    string Identifier,
    string Sender,
    DateTimeOffset Sent,
    CapStatus Status,
    CapMsgType MsgType,
    CapScope Scope,
    string Title,
    string? Summary,
    string Level,
    string Territory)
{
    /// <summary>Summarises <paramref name="alert"/>, taking title and summary from the <c>info</c> whose
    /// language is <paramref name="language"/> or starts with it followed by '-' (<c>fr</c> matches
    /// <c>fr-FR</c>; case-insensitive), else from the first <c>info</c>. Without any <c>info</c> the title
    /// is <c>msgType identifier</c>.</summary>
    public static CapAlertSummary From(CapAlert alert, string level, string territory, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var info = alert.Infos.FirstOrDefault(i => Matches(i.Language, language)) ?? (alert.Infos.Count > 0 ? alert.Infos[0] : null);
        var title = info is null
            ? $"{CapVocabulary.ToWire(alert.MsgType)} {alert.Identifier}"
            : string.IsNullOrWhiteSpace(info.Headline) ? info.Event : info.Headline;
        return new CapAlertSummary(alert.Identifier, alert.Sender, alert.Sent, alert.Status, alert.MsgType, alert.Scope,
            title, info?.Description, level, territory);
    }

    private static bool Matches(string? tag, string? wanted) =>
        tag is not null && wanted is not null
        && (string.Equals(tag, wanted, StringComparison.OrdinalIgnoreCase)
            || tag.StartsWith(wanted + "-", StringComparison.OrdinalIgnoreCase));
}
