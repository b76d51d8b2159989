using System.Buffers;

namespace Tocsin.Core.Stix.Patterning;

/// <summary>Splits a STIX pattern into tokens without allocating: tokens are offsets into the text.
/// Whitespace and <c>/* … */</c> or <c>// …</c> comments are skipped, as in STIXPattern.g4.</summary>
internal ref struct PatternLexer
{
    private static readonly SearchValues<char> _identifierTail =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-");

    private static readonly SearchValues<char> _base64 =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/");

    private readonly ReadOnlySpan<char> _text;
    private int _position;

    public PatternLexer(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
    }

    /// <summary>Why the last <see cref="PatternTokenKind.Invalid"/> token is invalid.</summary>
    public string InvalidReason { get; private set; } = string.Empty;

    public PatternToken Next()
    {
        SkipTrivia();
        if (_position >= _text.Length)
        {
            return new PatternToken(PatternTokenKind.End, _text.Length, 0);
        }

        var start = _position;
        var c = _text[start];
        var next = start + 1 < _text.Length ? _text[start + 1] : '\0';
        if (next == '\'' && c is 'h' or 't' or 'b')
        {
            return c switch
            {
                'h' => Quoted(start, PatternTokenKind.Hex),
                't' => Quoted(start, PatternTokenKind.Timestamp),
                _ => Quoted(start, PatternTokenKind.Binary),
            };
        }

        if (char.IsAsciiLetter(c) || c == '_')
        {
            return Identifier(start);
        }

        if (char.IsAsciiDigit(c) || (c is '+' or '-' or '.' && (char.IsAsciiDigit(next) || (next == '.' && c != '.'))))
        {
            return Number(start);
        }

        return c switch
        {
            '\'' => Quoted(start, PatternTokenKind.String),
            '[' => Single(PatternTokenKind.LeftBracket),
            ']' => Single(PatternTokenKind.RightBracket),
            '(' => Single(PatternTokenKind.LeftParen),
            ')' => Single(PatternTokenKind.RightParen),
            ':' => Single(PatternTokenKind.Colon),
            '.' => Single(PatternTokenKind.Dot),
            ',' => Single(PatternTokenKind.Comma),
            '*' => Single(PatternTokenKind.Asterisk),
            '=' => next == '=' ? Double(PatternTokenKind.Equal) : Single(PatternTokenKind.Equal),
            '!' when next == '=' => Double(PatternTokenKind.NotEqual),
            '<' => next switch
            {
                '=' => Double(PatternTokenKind.LessOrEqual),
                '>' => Double(PatternTokenKind.NotEqual),
                _ => Single(PatternTokenKind.Less),
            },
            '>' => next == '=' ? Double(PatternTokenKind.GreaterOrEqual) : Single(PatternTokenKind.Greater),
            _ => Invalid(start, 1, $"unexpected character '{c}'"),
        };
    }

    private void SkipTrivia()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (char.IsWhiteSpace(c))
            {
                _position++;
            }
            else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '*')
            {
                var end = _text[(_position + 2)..].IndexOf("*/");
                _position = end < 0 ? _text.Length : _position + 2 + end + 2;
            }
            else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '/')
            {
                var end = _text[_position..].IndexOfAny('\n', '\r');
                _position = end < 0 ? _text.Length : _position + end;
            }
            else
            {
                return;
            }
        }
    }

    private PatternToken Single(PatternTokenKind kind) => new(kind, _position++, 1);

    private PatternToken Double(PatternTokenKind kind)
    {
        var token = new PatternToken(kind, _position, 2);
        _position += 2;
        return token;
    }

    private PatternToken Invalid(int start, int length, string reason)
    {
        InvalidReason = reason;
        _position = start + length;
        return new PatternToken(PatternTokenKind.Invalid, start, length);
    }

    private PatternToken Identifier(int start)
    {
        var rest = _text[(start + 1)..];
        var length = rest.IndexOfAnyExcept(_identifierTail);
        _position = length < 0 ? _text.Length : start + 1 + length;
        var word = _text[start.._position];
        return new PatternToken(KeywordKind(word), start, _position - start);
    }

    private static PatternTokenKind KeywordKind(ReadOnlySpan<char> word) => word switch
    {
        "AND" => PatternTokenKind.And,
        "OR" => PatternTokenKind.Or,
        "NOT" => PatternTokenKind.Not,
        "FOLLOWEDBY" => PatternTokenKind.FollowedBy,
        "LIKE" => PatternTokenKind.Like,
        "MATCHES" => PatternTokenKind.Matches,
        "ISSUBSET" => PatternTokenKind.IsSubset,
        "ISSUPERSET" => PatternTokenKind.IsSuperset,
        "EXISTS" => PatternTokenKind.Exists,
        "IN" => PatternTokenKind.In,
        "START" => PatternTokenKind.Start,
        "STOP" => PatternTokenKind.Stop,
        "SECONDS" => PatternTokenKind.Seconds,
        "WITHIN" => PatternTokenKind.Within,
        "REPEATS" => PatternTokenKind.Repeats,
        "TIMES" => PatternTokenKind.Times,
        "true" or "false" => PatternTokenKind.Boolean,
        _ => PatternTokenKind.Identifier,
    };

    // IntPosLiteral/IntNegLiteral: [+-]?(0|[1-9][0-9]*); FloatPosLiteral/FloatNegLiteral: [+-]?[0-9]*\.[0-9]+.
    private PatternToken Number(int start)
    {
        var i = start;
        if (_text[i] is '+' or '-')
        {
            i++;
        }

        var integerStart = i;
        while (i < _text.Length && char.IsAsciiDigit(_text[i]))
        {
            i++;
        }

        var integerDigits = i - integerStart;
        if (i < _text.Length && _text[i] == '.' && i + 1 < _text.Length && char.IsAsciiDigit(_text[i + 1]))
        {
            i++;
            while (i < _text.Length && char.IsAsciiDigit(_text[i]))
            {
                i++;
            }

            _position = i;
            return new PatternToken(PatternTokenKind.Float, start, i - start);
        }

        if (integerDigits == 0)
        {
            return Invalid(start, i - start + 1, "a number needs digits");
        }

        if (integerDigits > 1 && _text[integerStart] == '0')
        {
            return Invalid(start, i - start, "an integer must not have leading zeros");
        }

        _position = i;
        return new PatternToken(PatternTokenKind.Integer, start, i - start);
    }

    private PatternToken Quoted(int start, PatternTokenKind kind)
    {
        var open = kind == PatternTokenKind.String ? start : start + 1;
        var i = open + 1;
        while (i < _text.Length)
        {
            var c = _text[i];
            if (c == '\'')
            {
                var token = new PatternToken(kind, start, i + 1 - start);
                var body = _text[(open + 1)..i];
                var problem = kind switch
                {
                    PatternTokenKind.Hex => body.Length % 2 != 0 || body.ContainsAnyExcept(HexDigits.All) ? "a hex literal h'…' needs an even number of hex digits" : null,
                    PatternTokenKind.Binary => IsBase64(body) ? null : "a binary literal b'…' must be base64",
                    PatternTokenKind.Timestamp => PatternTimestamp.IsValid(body) ? null : "a timestamp literal t'…' must be YYYY-MM-DDTHH:mm:ss[.s+]Z",
                    _ => null,
                };
                return problem is null ? Advance(token) : Invalid(start, i + 1 - start, problem);
            }

            if (c == '\\')
            {
                // StringLiteral: only \' and \\ are escapes.
                if (kind != PatternTokenKind.String || i + 1 >= _text.Length || _text[i + 1] is not ('\'' or '\\'))
                {
                    return Invalid(i, Math.Min(2, _text.Length - i), "only \\' and \\\\ may be escaped in a string literal");
                }

                i += 2;
                continue;
            }

            i++;
        }

        return Invalid(start, _text.Length - start, "the quoted literal is not closed");
    }

    private PatternToken Advance(PatternToken token)
    {
        _position = token.Start + token.Length;
        return token;
    }

    private static bool IsBase64(ReadOnlySpan<char> body)
    {
        if (body.Length % 4 != 0)
        {
            return false;
        }

        var data = body.TrimEnd('=');
        return body.Length - data.Length <= 2 && !data.ContainsAnyExcept(_base64);
    }
}
