namespace Tocsin.Server.Web.Admin;

/// <summary>What the user page's roles form posts: the roles ticked, replacing the ones held.</summary>
public sealed class UserRolesForm
{
    /// <summary>The roles, by wire name.</summary>
    public List<string> Roles { get => field; set => field = value ?? []; } = [];
}
