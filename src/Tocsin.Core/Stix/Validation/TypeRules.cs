using System.Collections.Frozen;

namespace Tocsin.Core.Stix.Validation;

/// <summary>The per-type rules, by <c>type</c>.</summary>
internal static class TypeRules
{
    private static readonly FrozenDictionary<string, IStixTypeRule> _byType = new IStixTypeRule[]
    {
        new MarkingDefinitionRule(),
    }.ToFrozenDictionary(static r => r.Type, StringComparer.Ordinal);

    public static IStixTypeRule? For(string type) => _byType.GetValueOrDefault(type);
}
