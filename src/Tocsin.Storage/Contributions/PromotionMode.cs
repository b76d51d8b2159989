namespace Tocsin.Storage.Contributions;

/// <summary>How a contribution enters our picture.</summary>
public enum PromotionMode
{
    /// <summary>The partner's own version, bytes unchanged (its <c>created_by_ref</c> kept).</summary>
    Verbatim,

    /// <summary>A new object created by our organisation with the contribution's content, and a
    /// <c>derived-from</c> relationship from it to the contribution's id.</summary>
    Derived,
}
