namespace Tocsin.Server.Web.Admin;

/// <summary>What the remove form posts: removing needs the confirmation ticked, so it works without script.</summary>
public sealed class SubscriberRemoveForm
{
    /// <summary>Ticked: the administrator confirms.</summary>
    public bool Confirm { get; set; }
}
