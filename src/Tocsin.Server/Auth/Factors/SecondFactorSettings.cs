using Tocsin.Core.Principals;

namespace Tocsin.Server.Auth.Factors;

/// <summary>Who must use a second factor and how fresh it must be before a decision is approved, rejected or
/// cancelled. Bound from <c>Tocsin:Auth:SecondFactor</c>.</summary>
public sealed record SecondFactorSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Tocsin:Auth:SecondFactor";

    /// <summary>The roles whose holders must use a second factor, comma- or space-separated role names
    /// (<c>approver, admin</c> by default); <c>none</c> requires it of nobody (whoever enrolled one still uses it).</summary>
    public string RequiredRoles { get; init; } = "approver, admin";

    /// <summary>How many minutes a verified second factor counts for approving, rejecting or cancelling (5 by default).</summary>
    public int StepUpMinutes { get; init; } = 5;

    /// <summary>The roles <see cref="RequiredRoles"/> names.</summary>
    /// <exception cref="InvalidOperationException">A name is not a role.</exception>
    public IReadOnlySet<Role> Roles()
    {
        var names = RequiredRoles.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names is ["none"])
        {
            return new HashSet<Role>();
        }

        var roles = new HashSet<Role>();
        foreach (var name in names)
        {
            var role = RoleNames.Parse(name);
            roles.Add(role.IsSuccess ? role.Value : throw new InvalidOperationException($"{Section}:RequiredRoles: {role.Error.Message}"));
        }

        return roles;
    }
}
