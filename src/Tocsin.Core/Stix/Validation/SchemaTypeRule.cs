using System.Text.Json;

namespace Tocsin.Core.Stix.Validation;

/// <summary>A per-type rule driven by a <see cref="PropertyTable"/>: every listed property is checked
/// against its data type as the common pass reaches it, required ones are reported when missing, and
/// <see cref="CheckCombinations"/> adds the type's rules that combine properties.</summary>
internal abstract class SchemaTypeRule : IStixTypeRule
{
    private readonly PropertyTable _table;
    private readonly ulong _requiredMask;

    protected SchemaTypeRule(string type, PropertyTable table)
    {
        Type = type;
        _table = table;
        foreach (var spec in table.Specs)
        {
            if (spec.Required)
            {
                _requiredMask |= 1UL << spec.Index;
            }

            table.Find(spec.Name);
        }
    }

    public string Type { get; }

    /// <summary>True when the type defines <paramref name="name"/> (besides the common properties).</summary>
    public bool Defines(string name) => _table.Find(name) is not null;

    public void CheckProperty(ValidationContext context, string name, JsonElement value, bool checkValue)
    {
        if (_table.Find(name) is not { } spec)
        {
            return;
        }

        context.SeenTypeProperties |= 1UL << spec.Index;
        if (checkValue)
        {
            PropertyChecks.Check(context, spec, value);
        }
    }

    public void Finish(ValidationContext context)
    {
        var missing = _requiredMask & ~context.SeenTypeProperties;
        if (missing != 0)
        {
            foreach (var spec in _table.Specs)
            {
                if ((missing & (1UL << spec.Index)) != 0)
                {
                    context.ErrorAt(spec.Name, RuleCodes.Required, $"A {Type} must have '{spec.Name}'.");
                }
            }
        }

        CheckCombinations(context);
    }

    /// <summary>The type's rules that combine properties (time order, pairs, one-of); none by default.</summary>
    protected virtual void CheckCombinations(ValidationContext context)
    {
    }
}
