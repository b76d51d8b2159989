using Tocsin.Core.Stix.ScoIds;

namespace Tocsin.Core.Stix.Validation;

/// <summary>STIX 2.1 §2.9: an SCO with a UUIDv5 identifier SHOULD have the one its ID contributing
/// properties give in the SCO namespace (a mismatch is a warning), and MUST use a UUIDv4 when it has no
/// contributing property to derive one from (an error; only for the SCO types STIX defines, since an
/// extension definition fixes the contributing properties of its own).</summary>
internal static class ScoIdRule
{
    public static void Check(ValidationContext context)
    {
        if (context.Kind.Category != StixObjectCategory.CyberObservable || context.ObjectId is null
            || !StixId.TryParse(context.ObjectId, out var id) || id.UuidVersion != 5 || id.Type != context.Type)
        {
            return;
        }

        var expected = ScoDeterministicId.Compute(context.Type, context.Root);
        if (expected is null && StixTypes.IsDefined(context.Type))
        {
            // §2.9: with no ID contributing property (the type defines none, as process, or the object has none of
            // them) there is nothing to derive a UUIDv5 from, and a UUIDv4 MUST be used.
            context.ErrorAt("id", RuleCodes.ScoIdUuid4, ScoDeterministicId.HasContributingProperties(context.Type)
                ? $"This {context.Type} has none of its ID contributing properties, so its id must use a UUIDv4, not a UUIDv5 (§2.9)."
                : $"A {context.Type} has no ID contributing properties, so its id must use a UUIDv4, not a UUIDv5 (§2.9).");
        }
        else if (expected is { } derived && derived != id.Uuid)
        {
            context.WarningAtId(RuleCodes.ScoIdMismatch,
                $"The id's UUIDv5 does not match the ID contributing properties; expected {context.Type}--{derived:D} (§2.9).");
        }
    }
}
