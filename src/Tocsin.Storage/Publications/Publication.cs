using Tocsin.Core.Cap;

namespace Tocsin.Storage.Publications;

/// <summary>One published CAP message: the stored bytes are what every channel (feed, single message,
/// webhooks) serves, unchanged.</summary>
/// <param name="Sequence">Position in the store's publication order (strictly increasing, assigned on insert;
/// 0 before insert). Consumers such as the webhook fan-out resume from the last sequence they handled.</param>
/// <param name="Identifier">The CAP identifier (unique).</param>
/// <param name="DecisionId">The decision it publishes, when there is one.</param>
/// <param name="Sent">The CAP <c>sent</c> time.</param>
/// <param name="Status">Actual, Exercise, …: exercises never reach the public feed.</param>
/// <param name="MsgType">Alert, Update or Cancel.</param>
/// <param name="Scope">Public, Restricted or Private: only Public messages reach the public feed.</param>
/// <param name="SchemeId">The alert scheme.</param>
/// <param name="LevelKey">The level it announces.</param>
/// <param name="TerritoryIds">The territories it covers (subscribers match on these).</param>
/// <param name="Headline">A one-line title (feed entry title).</param>
/// <param name="Xml">The CAP 1.2 XML bytes, exactly as served.</param>
public sealed record Publication(
    long Sequence,
    string Identifier,
    Guid? DecisionId,
    DateTimeOffset Sent,
    CapStatus Status,
    CapMsgType MsgType,
    CapScope Scope,
    string SchemeId,
    string LevelKey,
    IReadOnlyList<string> TerritoryIds,
    string Headline,
    ReadOnlyMemory<byte> Xml);
