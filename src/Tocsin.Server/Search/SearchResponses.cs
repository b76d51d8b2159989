using System.Text.Json;
using Tocsin.Core.Stix;

namespace Tocsin.Server.Search;

/// <summary>One match as the API returns it: enough to list it and open it (<c>GET /taxii2/…/objects/{id}</c> or the
/// analyst pages); the description is cut at <see cref="DescriptionLength"/> characters.</summary>
public sealed record SearchHitResponse(string Id, string Type, string? Name, IReadOnlyList<string> Aliases, string? Description, string Version,
    IReadOnlyList<string> Markings)
{
    /// <summary>The longest description a match carries; the object itself holds all of it.</summary>
    public const int DescriptionLength = 300;

    /// <summary>The response for a version the reader may read.</summary>
    public static SearchHitResponse Of(StixObject version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var description = Text(version.Root, "description") ?? Text(version.Root, "content") ?? Text(version.Root, "explanation");
        return new(version.Id, version.Type, Text(version.Root, "name"), AliasesOf(version.Root),
            description is { Length: > DescriptionLength } ? description[..DescriptionLength] + "…" : description,
            version.VersionKey, version.ObjectMarkingRefs);
    }

    private static string? Text(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IReadOnlyList<string> AliasesOf(JsonElement root) =>
        root.TryGetProperty("aliases", out var aliases) && aliases.ValueKind == JsonValueKind.Array
            ? [.. aliases.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!)]
            : [];
}

