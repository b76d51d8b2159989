namespace Tocsin.Core.Stix.Patterning;

/// <summary>The comparison operators of §9.5.1.</summary>
public enum ComparisonOperator
{
    /// <summary><c>=</c>.</summary>
    Equal,

    /// <summary><c>!=</c>.</summary>
    NotEqual,

    /// <summary><c>&lt;</c>.</summary>
    Less,

    /// <summary><c>&lt;=</c>.</summary>
    LessOrEqual,

    /// <summary><c>&gt;</c>.</summary>
    Greater,

    /// <summary><c>&gt;=</c>.</summary>
    GreaterOrEqual,

    /// <summary><c>IN ( … )</c>.</summary>
    In,

    /// <summary><c>LIKE</c> (SQL LIKE with % and _).</summary>
    Like,

    /// <summary><c>MATCHES</c> (a PCRE regular expression).</summary>
    Matches,

    /// <summary><c>ISSUBSET</c> (an IP address within a CIDR block).</summary>
    IsSubset,

    /// <summary><c>ISSUPERSET</c>.</summary>
    IsSuperset,
}
