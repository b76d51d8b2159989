using Microsoft.AspNetCore.Authorization;
using Tocsin.Core.Principals;
using Tocsin.Server.Auth;

namespace Tocsin.Server.Web;

/// <summary>The authorisation policies of the web rooms, by name: a room's <c>_Imports.razor</c> carries one, so
/// a folder of pages is a permission. Each is <see cref="StaffAccess.PolicyFor"/> with the room's roles.</summary>
public static class WebPolicies
{
    /// <summary>Any member of staff, whatever the role.</summary>
    public const string Staff = "web:staff";

    /// <summary>Analysts and administrators: the analyst workspace.</summary>
    public const string Analyst = "web:analyst";

    /// <summary>Analysts who propose and approvers who decide: the decision room.</summary>
    public const string DecisionRoom = "web:decisions";

    /// <summary>Administrators.</summary>
    public const string Admin = "web:admin";

    /// <summary>Analysts who write tearlines and approvers who release them: the tearline room.</summary>
    public const string Tearlines = "web:tearlines";

    /// <summary>Adds the policies.</summary>
    public static void Add(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(Staff, StaffAccess.PolicyFor());
        options.AddPolicy(Analyst, StaffAccess.PolicyFor(Role.Analyst, Role.Admin));
        options.AddPolicy(DecisionRoom, StaffAccess.PolicyFor(Role.Analyst, Role.Approver, Role.WatchOfficer, Role.Admin));
        options.AddPolicy(Admin, StaffAccess.PolicyFor(Role.Admin));
        options.AddPolicy(Tearlines, StaffAccess.PolicyFor(Role.Analyst, Role.Approver));
    }
}
