using Tocsin.Core.Stix.ScoIds;

namespace Tocsin.Core.Stix.Validation;

/// <summary>STIX 2.1 §2.9: an SCO with a UUIDv5 identifier SHOULD have the one its ID contributing
/// properties give in the SCO namespace. A mismatch is a warning: the rules are SHOULDs.</summary>
internal static class ScoIdRule
{
    public static void Check(ValidationContext context)
    {
        if (context.Kind.Category != StixObjectCategory.CyberObservable || context.ObjectId is null
            || !StixId.TryParse(context.ObjectId, out var id) || id.UuidVersion != 5 || id.Type != context.Type)
        {
            return;
        }

        if (ScoDeterministicId.Compute(context.Type, context.Root) is { } expected && expected != id.Uuid)
        {
            context.WarningAtId(RuleCodes.ScoIdMismatch,
                $"The id's UUIDv5 does not match the ID contributing properties; expected {context.Type}--{expected:D} (§2.9).");
        }
    }
}
