namespace Tocsin.Core.Principals;

/// <summary>Whether a principal is a person or a partner service (DESIGN: one model for both).</summary>
public enum PrincipalKind
{
    /// <summary>A person: analyst, approver, watch officer, administrator.</summary>
    User,

    /// <summary>A partner service (foreign service, regional partner, operator) pulling what it is cleared for.</summary>
    Partner,
}
