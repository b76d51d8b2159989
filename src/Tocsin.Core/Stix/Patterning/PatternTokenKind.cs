namespace Tocsin.Core.Stix.Patterning;

/// <summary>The tokens of the STIX patterning language (STIX 2.1 §9.2, and the lexer rules of the
/// OASIS grammar STIXPattern.g4). Keywords are upper case and case-sensitive; the boolean literals are
/// <c>true</c> and <c>false</c>.</summary>
public enum PatternTokenKind
{
    /// <summary>End of the pattern text.</summary>
    End,

    /// <summary>A name: <c>[a-zA-Z_][a-zA-Z0-9_-]*</c>, used for object types and path components.</summary>
    Identifier,

    /// <summary>An integer, optionally signed: <c>[+-]?(0|[1-9][0-9]*)</c>.</summary>
    Integer,

    /// <summary>A float, optionally signed: <c>[+-]?[0-9]*\.[0-9]+</c>.</summary>
    Float,

    /// <summary>A quoted string <c>'…'</c> with <c>\'</c> and <c>\\</c> escapes.</summary>
    String,

    /// <summary><c>h'…'</c>: an even number of hex digits.</summary>
    Hex,

    /// <summary><c>b'…'</c>: base64.</summary>
    Binary,

    /// <summary><c>t'…'</c>: an RFC 3339 UTC timestamp.</summary>
    Timestamp,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary><c>AND</c>.</summary>
    And,

    /// <summary><c>OR</c>.</summary>
    Or,

    /// <summary><c>NOT</c>.</summary>
    Not,

    /// <summary><c>FOLLOWEDBY</c>.</summary>
    FollowedBy,

    /// <summary><c>LIKE</c>.</summary>
    Like,

    /// <summary><c>MATCHES</c>.</summary>
    Matches,

    /// <summary><c>ISSUBSET</c>.</summary>
    IsSubset,

    /// <summary><c>ISSUPERSET</c>.</summary>
    IsSuperset,

    /// <summary><c>EXISTS</c>.</summary>
    Exists,

    /// <summary><c>IN</c>.</summary>
    In,

    /// <summary><c>START</c>.</summary>
    Start,

    /// <summary><c>STOP</c>.</summary>
    Stop,

    /// <summary><c>SECONDS</c>.</summary>
    Seconds,

    /// <summary><c>WITHIN</c>.</summary>
    Within,

    /// <summary><c>REPEATS</c>.</summary>
    Repeats,

    /// <summary><c>TIMES</c>.</summary>
    Times,

    /// <summary><c>=</c> or <c>==</c>.</summary>
    Equal,

    /// <summary><c>!=</c> or <c>&lt;&gt;</c>.</summary>
    NotEqual,

    /// <summary><c>&lt;</c>.</summary>
    Less,

    /// <summary><c>&lt;=</c>.</summary>
    LessOrEqual,

    /// <summary><c>&gt;</c>.</summary>
    Greater,

    /// <summary><c>&gt;=</c>.</summary>
    GreaterOrEqual,

    /// <summary><c>[</c>.</summary>
    LeftBracket,

    /// <summary><c>]</c>.</summary>
    RightBracket,

    /// <summary><c>(</c>.</summary>
    LeftParen,

    /// <summary><c>)</c>.</summary>
    RightParen,

    /// <summary><c>:</c>.</summary>
    Colon,

    /// <summary><c>.</c>.</summary>
    Dot,

    /// <summary><c>,</c>.</summary>
    Comma,

    /// <summary><c>*</c>.</summary>
    Asterisk,

    /// <summary>Text no token starts with, or a literal left open; the parser reports it.</summary>
    Invalid,
}
