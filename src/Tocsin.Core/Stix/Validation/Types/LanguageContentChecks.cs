using System.Text.Json;

namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>Language content (STIX 2.1 §7.1): <c>contents</c> maps RFC 5646 language tags to dictionaries
/// of translated properties.</summary>
internal static class LanguageContentChecks
{
    public static void Check(ValidationContext context)
    {
        if (!context.Root.TryGetProperty("contents", out var contents) || contents.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        context.Path.Push("contents");
        foreach (var language in contents.EnumerateObject())
        {
            context.Path.Push(language.Name);
            if (!LanguageTag.IsWellFormed(language.Name))
            {
                context.Error(RuleCodes.LangFormat, $"'{language.Name}' is not an RFC 5646 language tag (§7.1 contents).");
            }

            if (language.Value.ValueKind != JsonValueKind.Object)
            {
                context.Error(RuleCodes.PropertyType, "Each language in 'contents' must map to a dictionary of translated properties (§7.1).");
            }

            context.Path.Pop();
        }

        context.Path.Pop();
    }
}
