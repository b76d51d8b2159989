namespace Tocsin.Storage.Drafts;

/// <summary>Where the review of a draft item stands.</summary>
public enum DraftItemStatus
{
    /// <summary>Not yet reviewed.</summary>
    Pending,

    /// <summary>Written to the picture by an analyst.</summary>
    Accepted,

    /// <summary>Rejected by an analyst; nothing was written.</summary>
    Dropped,
}
