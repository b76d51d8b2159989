namespace Tocsin.Storage.Sharing;

/// <summary>Where a tearline request is: waiting for a second person, or released.</summary>
public enum TearlineRequestStatus
{
    /// <summary>Waiting for a principal holding the approver role, other than the requester.</summary>
    Pending,

    /// <summary>Approved; the tearline is stored.</summary>
    Released,
}
