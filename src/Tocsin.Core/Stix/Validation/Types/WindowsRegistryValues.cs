using System.Text.Json;
using Tocsin.Core.Stix.Validation.Vocabularies;

namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>The <c>values</c> of a Windows registry key (STIX 2.1 §6.17.2): strings <c>name</c> and
/// <c>data</c>, and <c>data_type</c> from windows-registry-datatype-enum.</summary>
internal static class WindowsRegistryValues
{
    public static void Check(ValidationContext context)
    {
        if (!context.Root.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        context.Path.Push("values");
        var index = 0;
        foreach (var value in values.EnumerateArray())
        {
            context.Path.Push(index++);
            if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("data_type", out var dataType))
            {
                context.Path.Push("data_type");
                if (dataType.ValueKind != JsonValueKind.String || !StixVocabularies.WindowsRegistryDatatype.Contains(dataType.GetString()!))
                {
                    context.Error(RuleCodes.EnumValue, $"'data_type' must be a value of windows-registry-datatype-enum: {StixVocabularies.WindowsRegistryDatatype.Listing}.");
                }

                context.Path.Pop();
            }

            context.Path.Pop();
        }

        context.Path.Pop();
    }
}
