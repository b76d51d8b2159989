using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Tocsin.Core;
using Tocsin.Core.Audit;
using Tocsin.Core.Cap;

namespace Tocsin.Storage.Publications;

/// <summary>How a published message maps to a row of <c>publications</c>, the same on every engine: the
/// parameters of the insert, the row read back (<see cref="Columns"/> names its members in constructor order,
/// as Dapper requires), the refusal of a taken identifier and the audit record. Only the statements and the
/// connection handling are per engine.</summary>
internal static class PublicationRows
{
    /// <summary>The select list of <see cref="Row"/> over <c>publications</c>.</summary>
    public const string Columns =
        "sequence AS Sequence, identifier AS Identifier, decision_id AS DecisionId, sent AS Sent, status AS Status, msg_type AS MsgType, " +
        "scope AS Scope, scheme_id AS SchemeId, level_key AS LevelKey, territory_ids AS TerritoryIds, headline AS Headline, xml AS Xml";

    /// <summary><c>publication-identifier-taken</c>.</summary>
    public static Error IdentifierTaken(string identifier) =>
        new("publication-identifier-taken", $"A message with identifier '{identifier}' is already published.");

    /// <summary>Every column of a <c>publications</c> row but its sequence, which the insert assigns.</summary>
    public static object InsertParameters(Publication publication) => new
    {
        publication.Identifier,
        decision = publication.DecisionId is { } id ? id.ToString("D") : null,
        sent = DateAddedStamp.FromInstant(publication.Sent).Microseconds,
        status = CapVocabulary.ToWire(publication.Status),
        msgType = CapVocabulary.ToWire(publication.MsgType),
        scope = CapVocabulary.ToWire(publication.Scope),
        publication.SchemeId,
        publication.LevelKey,
        territories = string.Join(' ', publication.TerritoryIds),
        publication.Headline,
        xml = publication.Xml.ToArray(),
    };

    /// <summary>The audit record of a stored message: its sequence and the SHA-256 of its XML bytes. A caller
    /// that inserts a message inside its own transaction puts these members in its own (single) entry.</summary>
    public static AuditRecord AuditOf(Publication publication)
    {
        ArgumentNullException.ThrowIfNull(publication);
        return AuditRecord.Of(AuditActions.PublicationAdd, publication.Identifier, new JsonObject
        {
            ["sequence"] = publication.Sequence,
            ["decision"] = publication.DecisionId is { } id ? id.ToString("D") : null,
            ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(publication.Xml.Span)),
        });
    }

    public static Publication ToPublication(Row row) => new(
        row.Sequence,
        row.Identifier,
        row.DecisionId is null ? null : Guid.Parse(row.DecisionId),
        new DateAddedStamp(row.Sent).Instant,
        CapVocabulary.ParseStatus(row.Status) ?? throw new InvalidOperationException($"Stored status '{row.Status}' is not CAP."),
        CapVocabulary.ParseMsgType(row.MsgType) ?? throw new InvalidOperationException($"Stored msgType '{row.MsgType}' is not CAP."),
        CapVocabulary.ParseScope(row.Scope) ?? throw new InvalidOperationException($"Stored scope '{row.Scope}' is not CAP."),
        row.SchemeId,
        row.LevelKey,
        row.TerritoryIds.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        row.Headline,
        row.Xml);

    internal sealed record Row(long Sequence, string Identifier, string? DecisionId, long Sent, string Status, string MsgType, string Scope,
        string SchemeId, string LevelKey, string TerritoryIds, string Headline, byte[] Xml);
}
