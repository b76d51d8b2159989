using System.Text.Json;

namespace Tocsin.Core.Stix.Validation;

/// <summary>How an object is treated by the category-dependent rules: its category from
/// <see cref="StixTypes"/>, or for a custom type the category its extension definition declares
/// (<c>new-sdo</c>, <c>new-sco</c>, <c>new-sro</c>, STIX 2.1 §7.3).</summary>
/// <param name="Category">The category rules apply; <see cref="StixObjectCategory.Custom"/> only for a
/// deprecated custom object (§11.2) with no extension definition.</param>
/// <param name="HasToplevelPropertyExtension">An extension of type <c>toplevel-property-extension</c>
/// is present, so unknown top-level properties may be its properties rather than custom ones.</param>
internal readonly record struct ObjectKind(StixObjectCategory Category, bool HasToplevelPropertyExtension)
{
    public static ObjectKind Of(string type, JsonElement root)
    {
        var category = StixTypes.CategoryOf(type);
        var toplevel = false;
        if (root.TryGetProperty("extensions", out var extensions) && extensions.ValueKind == JsonValueKind.Object)
        {
            foreach (var extension in extensions.EnumerateObject())
            {
                if (extension.Value.ValueKind != JsonValueKind.Object
                    || !extension.Value.TryGetProperty("extension_type", out var extensionType)
                    || extensionType.ValueKind != JsonValueKind.String)
                {
                    continue;
                }

                if (JsonText.Is(extensionType, "toplevel-property-extension"u8))
                {
                    toplevel = true;
                }
                else if (category == StixObjectCategory.Custom)
                {
                    category = JsonText.Is(extensionType, "new-sdo"u8) ? StixObjectCategory.DomainObject
                        : JsonText.Is(extensionType, "new-sco"u8) ? StixObjectCategory.CyberObservable
                        : JsonText.Is(extensionType, "new-sro"u8) ? StixObjectCategory.RelationshipObject
                        : category;
                }
            }
        }

        return new ObjectKind(category, toplevel);
    }

    /// <summary>True for the categories that carry <c>created</c> and <c>modified</c> (§3.2 table).</summary>
    public bool IsVersioned => Category is StixObjectCategory.DomainObject or StixObjectCategory.RelationshipObject
        or StixObjectCategory.LanguageContent or StixObjectCategory.ExtensionDefinition;
}
