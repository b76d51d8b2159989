namespace Tocsin.Server.Web.Admin;

/// <summary>What the user page's account toggle posts: <c>disable</c> or <c>enable</c>.</summary>
public sealed class UserStatusForm
{
    /// <summary>The wanted change.</summary>
    public string? Action { get; set; }
}
