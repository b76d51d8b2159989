namespace Tocsin.Server.Web.Decisions;

/// <summary>Which field of the propose form a refusal is about, from its error code, so the page shows it beside
/// that field; codes about no one field are shown above the form.</summary>
public static class ProposalFields
{
    /// <summary>The form field named by <paramref name="code"/>, or null.</summary>
    public static string? Of(string code) => code switch
    {
        "unknown-scheme" => nameof(ProposeForm.Scheme),
        "unknown-level" => nameof(ProposeForm.Level),
        "no-territories" or "unknown-territory" or "territory-outside-scheme" => nameof(ProposeForm.Territories),
        "effective-at-required" => nameof(ProposeForm.EffectiveAt),
        "expiry-before-effective" or "expiry-required" or "expiry-exceeds-maximum" => nameof(ProposeForm.ExpiresAt),
        "review-before-effective" => nameof(ProposeForm.ReviewBy),
        "authority-required" => nameof(ProposeForm.Authority),
        "rationale-required" or "rationale-language" => nameof(ProposeForm.Rationale),
        "supersedes-unknown" or "supersedes-mismatch" => nameof(ProposeForm.Supersedes),
        "evidence-unknown" or "admiralty-grade" => ProposeForm.Evidence,
        _ => null,
    };
}
