namespace Tocsin.Core.Stix.Patterning;

/// <summary>The operators between observation expressions (§9.5.2), from the loosest binding to the tightest.</summary>
public enum ObservationOperator
{
    /// <summary><c>FOLLOWEDBY</c>: the left observation happens before the right.</summary>
    FollowedBy,

    /// <summary><c>OR</c>.</summary>
    Or,

    /// <summary><c>AND</c>.</summary>
    And,
}
