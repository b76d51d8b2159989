using System.Text.Json;
using Tocsin.Core;
using Tocsin.Core.Sharing;
using Tocsin.Server.Api.Contract;

namespace Tocsin.Server.Sharing;

/// <summary>Body of <c>POST /api/v1/tearlines</c>: the original, the collection, the release TLP, and the text the
/// analyst writes for release (docs/sharing.md, "Tearlines").</summary>
/// <param name="ObjectId">The original's STIX id.</param>
/// <param name="Collection">Collection alias or id.</param>
/// <param name="Release">clear, green, amber, amber+strict or red.</param>
/// <param name="Texts">Released text by property: a string, or a list of strings for list properties (<c>aliases</c>).</param>
/// <param name="Omit">Text properties left out.</param>
/// <param name="AsItStands">Properties to release exactly as the original has them: needs a second person with the approver role.</param>
[RequestExample("tearline.json")]
public sealed record ReleaseTearlineRequest([RequiredField] string? ObjectId, [RequiredField] string? Collection, [RequiredField] string? Release, Dictionary<string, JsonElement>? Texts,
    IReadOnlyList<string>? Omit, IReadOnlyList<string>? AsItStands)
{
    /// <summary>The texts, or <c>tearline-text-shape</c> for a value that is neither a string nor a list of strings.</summary>
    public Result<TearlineTexts> ToTexts()
    {
        var released = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (name, value) in Texts ?? [])
        {
            if (value.ValueKind == JsonValueKind.String)
            {
                released[name] = [value.GetString()!];
            }
            else if (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(i => i.ValueKind == JsonValueKind.String))
            {
                released[name] = [.. value.EnumerateArray().Select(i => i.GetString()!)];
            }
            else
            {
                return new Error("tearline-text-shape", $"The released text of '{name}' must be a string or a list of strings.");
            }
        }

        return new TearlineTexts
        {
            Released = released,
            Omitted = new HashSet<string>(Omit ?? [], StringComparer.Ordinal),
            AsTheyStand = new HashSet<string>(AsItStands ?? [], StringComparer.Ordinal),
        };
    }
}
