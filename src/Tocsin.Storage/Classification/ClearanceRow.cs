using System.Text.Json;
using System.Text.Json.Nodes;
using Tocsin.Core.Classification;
using Tocsin.Storage.Common;

namespace Tocsin.Storage.Classification;

/// <summary>A <c>clearances</c> row joined to its principal's name, as every engine stores it: compartments as a
/// JSON array of names (a name may hold spaces).</summary>
internal sealed record ClearanceRow(string PrincipalId, string Name, string Level, string CompartmentsJson, long Revision, long ChangedAt)
{
    public const string Select =
        "SELECT c.principal_id AS PrincipalId, p.name AS Name, c.level AS Level, c.compartments_json AS CompartmentsJson, " +
        "c.revision AS Revision, c.changed_at AS ChangedAt FROM clearances c JOIN principals p ON p.id = c.principal_id";

    public StoredClearance ToStored() => new(Guid.Parse(PrincipalId), Name,
        new Clearance(Level, JsonSerializer.Deserialize<string[]>(CompartmentsJson) ?? []), Revision, StoreValues.InstantOf(ChangedAt));

    /// <summary>Compartments upper-cased, each once, sorted: the stored form.</summary>
    public static Clearance Normalise(Clearance clearance) => new(ClassificationScale.Key(clearance.Level),
        [.. clearance.Compartments.Select(ClassificationScale.Key).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);

    public static string CompartmentsText(Clearance clearance) => JsonSerializer.Serialize(clearance.Compartments);

    public static JsonNode? Audit(Clearance? clearance) => clearance is null ? null : new JsonObject
    {
        ["level"] = clearance.Level,
        ["compartments"] = new JsonArray([.. clearance.Compartments.Select(c => (JsonNode?)JsonValue.Create(c))]),
    };
}
