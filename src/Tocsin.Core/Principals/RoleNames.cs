namespace Tocsin.Core.Principals;

/// <summary>The wire and command-line spelling of roles: <c>analyst</c>, <c>approver</c>,
/// <c>watch-officer</c>, <c>admin</c>.</summary>
public static class RoleNames
{
    /// <summary>The spelling of <paramref name="role"/>.</summary>
    public static string ToName(Role role) => role switch
    {
        Role.Analyst => "analyst",
        Role.Approver => "approver",
        Role.WatchOfficer => "watch-officer",
        Role.Admin => "admin",
    };

    /// <summary>Reads a role name (case-insensitive); an error names the accepted spellings.</summary>
    public static Result<Role> Parse(string? name)
    {
        foreach (var role in Enum.GetValues<Role>())
        {
            if (string.Equals(ToName(role), name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return role;
            }
        }

        return new Error("unknown-role", $"Unknown role '{name}'. Roles are: analyst, approver, watch-officer, admin.");
    }
}
