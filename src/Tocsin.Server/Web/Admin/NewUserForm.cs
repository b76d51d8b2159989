namespace Tocsin.Server.Web.Admin;

/// <summary>What the users page's create form posts.</summary>
public sealed class NewUserForm
{
    /// <summary>The login name.</summary>
    public string? Name { get; set; }

    /// <summary>The roles ticked, by wire name.</summary>
    public List<string> Roles { get => field; set => field = value ?? []; } = [];

    /// <summary>A password, or empty for single sign-on only.</summary>
    public string? Password { get; set; }
}
