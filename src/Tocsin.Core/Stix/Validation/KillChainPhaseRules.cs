using System.Text.Json;

namespace Tocsin.Core.Stix.Validation;

/// <summary><c>kill_chain_phases</c> (STIX 2.1 §2.11): objects with the required strings
/// <c>kill_chain_name</c> and <c>phase_name</c>, which SHOULD be lower case with hyphens.</summary>
internal static class KillChainPhaseRules
{
    public static void Check(ValidationContext context, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            context.Error(RuleCodes.PropertyType, "'kill_chain_phases' must be a list of kill-chain phases.");
            return;
        }

        var index = 0;
        foreach (var phase in value.EnumerateArray())
        {
            context.Path.Push(index++);
            if (phase.ValueKind != JsonValueKind.Object)
            {
                context.Error(RuleCodes.KillChainPhase, "A kill-chain phase must be an object with 'kill_chain_name' and 'phase_name'.");
            }
            else
            {
                CheckPart(context, phase, "kill_chain_name");
                CheckPart(context, phase, "phase_name");
            }

            context.Path.Pop();
        }
    }

    private static void CheckPart(ValidationContext context, JsonElement phase, string name)
    {
        if (!phase.TryGetProperty(name, out var part) || !JsonText.IsNonEmpty(part))
        {
            context.ErrorAt(name, RuleCodes.KillChainPhase, $"A kill-chain phase must have a non-empty string '{name}'.");
            return;
        }

        var text = part.GetString()!;
        if (text.AsSpan().ContainsAny(' ', '_') || text.AsSpan().ContainsAnyInRange('A', 'Z'))
        {
            context.Path.Push(name);
            context.Warning(RuleCodes.KillChainPhaseFormat, $"'{text}' should be lower case with hyphens between words.");
            context.Path.Pop();
        }
    }
}
