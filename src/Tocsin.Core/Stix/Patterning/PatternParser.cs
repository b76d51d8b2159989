using System.Globalization;

namespace Tocsin.Core.Stix.Patterning;

/// <summary>The recursive-descent parser behind <see cref="StixPatternParser"/>. Each method returns
/// null once an error is recorded, so the first error (and its position) is the one reported.</summary>
internal ref struct PatternParser
{
    private const int MaxDepth = 100;

    private readonly string _text;
    private PatternLexer _lexer;
    private PatternToken _current;
    private int _depth;

    public PatternParser(string text)
    {
        _text = text;
        _lexer = new PatternLexer(text);
        _current = _lexer.Next();
        _depth = 0;
        Error = null;
    }

    public PatternError? Error { get; private set; }

    public ObservationExpression? ParsePattern()
    {
        if (_current.Kind == PatternTokenKind.End)
        {
            return Fail<ObservationExpression>(0, "the pattern is empty");
        }

        var expression = ParseObservations(ObservationOperator.FollowedBy);
        if (expression is not null && _current.Kind != PatternTokenKind.End)
        {
            return Unexpected<ObservationExpression>("an observation operator (AND, OR, FOLLOWEDBY), a qualifier or the end of the pattern");
        }

        return expression;
    }

    // observationExpressions: FOLLOWEDBY < OR < AND, all left-associative.
    private ObservationExpression? ParseObservations(ObservationOperator level)
    {
        var left = level == ObservationOperator.And ? ParseQualifiedObservation() : ParseObservations(level + 1);
        while (left is not null && _current.Kind == TokenOf(level))
        {
            Advance();
            var right = level == ObservationOperator.And ? ParseQualifiedObservation() : ParseObservations(level + 1);
            left = right is null ? null : new ObservationBinary(left.Position, level, left, right);
        }

        return left;
    }

    private static PatternTokenKind TokenOf(ObservationOperator level) => level switch
    {
        ObservationOperator.FollowedBy => PatternTokenKind.FollowedBy,
        ObservationOperator.Or => PatternTokenKind.Or,
        ObservationOperator.And => PatternTokenKind.And,
    };

    private ObservationExpression? ParseQualifiedObservation()
    {
        if (++_depth > MaxDepth)
        {
            return Fail<ObservationExpression>(_current.Start, "the pattern nests too deeply");
        }

        var expression = ParsePrimaryObservation();
        while (expression is not null && _current.Kind is PatternTokenKind.Within or PatternTokenKind.Repeats or PatternTokenKind.Start)
        {
            var qualifier = ParseQualifier();
            expression = qualifier is null ? null : new ObservationQualified(expression.Position, expression, qualifier);
        }

        _depth--;
        return expression;
    }

    private ObservationExpression? ParsePrimaryObservation()
    {
        var start = _current.Start;
        if (_current.Kind == PatternTokenKind.LeftBracket)
        {
            Advance();
            var comparison = ParseComparisons(isAnd: false);
            return comparison is null || !Expect(PatternTokenKind.RightBracket, "']' to close the observation expression")
                ? null
                : new ObservationComparison(start, comparison);
        }

        if (_current.Kind == PatternTokenKind.LeftParen)
        {
            Advance();
            var inner = ParseObservations(ObservationOperator.FollowedBy);
            return inner is null || !Expect(PatternTokenKind.RightParen, "')' to close the observation expression") ? null : inner;
        }

        return Unexpected<ObservationExpression>("'[' or '(' to start an observation expression");
    }

    private PatternQualifier? ParseQualifier()
    {
        var keyword = _current;
        Advance();
        switch (keyword.Kind)
        {
            case PatternTokenKind.Within:
                {
                    var number = _current;
                    if (number.Kind is not (PatternTokenKind.Integer or PatternTokenKind.Float))
                    {
                        return Unexpected<PatternQualifier>("a number of seconds after WITHIN");
                    }

                    var seconds = double.Parse(number.TextIn(_text), NumberStyles.Float, CultureInfo.InvariantCulture);
                    if (seconds <= 0)
                    {
                        return Fail<PatternQualifier>(number.Start, "WITHIN needs a positive number of seconds");
                    }

                    Advance();
                    return Expect(PatternTokenKind.Seconds, "SECONDS after the WITHIN duration") ? new WithinQualifier(keyword.Start, seconds) : null;
                }

            case PatternTokenKind.Repeats:
                {
                    var number = _current;
                    if (number.Kind != PatternTokenKind.Integer
                        || !long.TryParse(number.TextIn(_text), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var times))
                    {
                        return Unexpected<PatternQualifier>("an integer after REPEATS");
                    }

                    if (times <= 0)
                    {
                        return Fail<PatternQualifier>(number.Start, "REPEATS needs a positive integer");
                    }

                    Advance();
                    return Expect(PatternTokenKind.Times, "TIMES after the REPEATS count") ? new RepeatsQualifier(keyword.Start, times) : null;
                }

            default:
                return ParseStartStop(keyword);
        }
    }

    private PatternQualifier? ParseStartStop(PatternToken keyword)
    {
        var startToken = _current;
        if (startToken.Kind != PatternTokenKind.Timestamp)
        {
            return Unexpected<PatternQualifier>("a timestamp t'…' after START");
        }

        Advance();
        if (!Expect(PatternTokenKind.Stop, "STOP after the START timestamp"))
        {
            return null;
        }

        var stopToken = _current;
        if (stopToken.Kind != PatternTokenKind.Timestamp)
        {
            return Unexpected<PatternQualifier>("a timestamp t'…' after STOP");
        }

        Advance();
        if (!StixTimestamp.TryParse(Unquote(startToken), out var start))
        {
            return Fail<PatternQualifier>(startToken.Start, "the START timestamp is not a valid date and time");
        }

        if (!StixTimestamp.TryParse(Unquote(stopToken), out var stop))
        {
            return Fail<PatternQualifier>(stopToken.Start, "the STOP timestamp is not a valid date and time");
        }

        // §9.6: "the STOP timestamp MUST be later than the START timestamp".
        return stop > start ? new StartStopQualifier(keyword.Start, start, stop) : Fail<PatternQualifier>(stopToken.Start, "STOP must be later than START");
    }

    private ComparisonExpression? ParseComparisons(bool isAnd)
    {
        var left = isAnd ? ParsePropertyTest() : ParseComparisons(isAnd: true);
        var joiner = isAnd ? PatternTokenKind.And : PatternTokenKind.Or;
        while (left is not null && _current.Kind == joiner)
        {
            Advance();
            var right = isAnd ? ParsePropertyTest() : ParseComparisons(isAnd: true);
            left = right is null ? null : new ComparisonBinary(left.Position, isAnd, left, right);
        }

        return left;
    }

    private ComparisonExpression? ParsePropertyTest()
    {
        if (++_depth > MaxDepth)
        {
            return Fail<ComparisonExpression>(_current.Start, "the pattern nests too deeply");
        }

        var result = ParsePropertyTestCore();
        _depth--;
        return result;
    }

    private ComparisonExpression? ParsePropertyTestCore()
    {
        var start = _current.Start;
        if (_current.Kind == PatternTokenKind.LeftParen)
        {
            Advance();
            var inner = ParseComparisons(isAnd: false);
            return inner is null || !Expect(PatternTokenKind.RightParen, "')' to close the comparison expression") ? null : inner;
        }

        if (_current.Kind == PatternTokenKind.Exists)
        {
            Advance();
            var existsPath = ParseObjectPath();
            return existsPath is null ? null : new ExistsTest(start, existsPath);
        }

        var path = ParseObjectPath();
        if (path is null)
        {
            return null;
        }

        var negated = _current.Kind == PatternTokenKind.Not;
        if (negated)
        {
            Advance();
        }

        var operatorToken = _current;
        ComparisonOperator? op = operatorToken.Kind switch
        {
            PatternTokenKind.Equal => ComparisonOperator.Equal,
            PatternTokenKind.NotEqual => ComparisonOperator.NotEqual,
            PatternTokenKind.Less => ComparisonOperator.Less,
            PatternTokenKind.LessOrEqual => ComparisonOperator.LessOrEqual,
            PatternTokenKind.Greater => ComparisonOperator.Greater,
            PatternTokenKind.GreaterOrEqual => ComparisonOperator.GreaterOrEqual,
            PatternTokenKind.In => ComparisonOperator.In,
            PatternTokenKind.Like => ComparisonOperator.Like,
            PatternTokenKind.Matches => ComparisonOperator.Matches,
            PatternTokenKind.IsSubset => ComparisonOperator.IsSubset,
            PatternTokenKind.IsSuperset => ComparisonOperator.IsSuperset,
            _ => null,
        };
        if (op is not { } comparison)
        {
            return Unexpected<ComparisonExpression>("a comparison operator (=, !=, <, <=, >, >=, IN, LIKE, MATCHES, ISSUBSET, ISSUPERSET)");
        }

        Advance();
        var values = comparison == ComparisonOperator.In ? ParseSet() : ParseOperand(comparison);
        return values is null ? null : new PropertyTest(start, path, negated, comparison, values);
    }

    private PatternLiteral[]? ParseOperand(ComparisonOperator comparison)
    {
        var token = _current;
        var allowed = comparison switch
        {
            ComparisonOperator.Equal or ComparisonOperator.NotEqual => IsLiteral(token.Kind),
            ComparisonOperator.Less or ComparisonOperator.LessOrEqual or ComparisonOperator.Greater or ComparisonOperator.GreaterOrEqual =>
                IsLiteral(token.Kind) && token.Kind != PatternTokenKind.Boolean,
            ComparisonOperator.Like or ComparisonOperator.Matches or ComparisonOperator.IsSubset or ComparisonOperator.IsSuperset =>
                token.Kind == PatternTokenKind.String,
            ComparisonOperator.In => false,
        };
        if (!allowed)
        {
            var wanted = comparison switch
            {
                ComparisonOperator.Equal or ComparisonOperator.NotEqual => "a literal value",
                ComparisonOperator.Like or ComparisonOperator.Matches or ComparisonOperator.IsSubset or ComparisonOperator.IsSuperset =>
                    "a quoted string",
                _ => "an orderable literal (number, string, hex, binary or timestamp)",
            };
            return Unexpected<PatternLiteral[]>(wanted + " after the operator");
        }

        Advance();
        return [new PatternLiteral(token.Kind, token.TextIn(_text).ToString())];
    }

    private PatternLiteral[]? ParseSet()
    {
        if (!Expect(PatternTokenKind.LeftParen, "'(' to start the IN set"))
        {
            return null;
        }

        var items = new List<PatternLiteral>();
        if (_current.Kind != PatternTokenKind.RightParen)
        {
            while (true)
            {
                if (!IsLiteral(_current.Kind))
                {
                    return Unexpected<PatternLiteral[]>("a literal value in the IN set");
                }

                items.Add(new PatternLiteral(_current.Kind, _current.TextIn(_text).ToString()));
                Advance();
                if (_current.Kind != PatternTokenKind.Comma)
                {
                    break;
                }

                Advance();
            }
        }

        return Expect(PatternTokenKind.RightParen, "',' or ')' in the IN set") ? [.. items] : null;
    }

    private static bool IsLiteral(PatternTokenKind kind) => kind is PatternTokenKind.Integer or PatternTokenKind.Float
        or PatternTokenKind.String or PatternTokenKind.Hex or PatternTokenKind.Binary or PatternTokenKind.Timestamp
        or PatternTokenKind.Boolean;

    // objectPath: objectType ':' firstPathComponent objectPathComponent*
    private ObjectPath? ParseObjectPath()
    {
        var typeToken = _current;
        if (typeToken.Kind != PatternTokenKind.Identifier)
        {
            return Unexpected<ObjectPath>("an object path (object-type:property)");
        }

        var type = typeToken.TextIn(_text).ToString();
        if (!StixTypeName.IsValid(type))
        {
            return Fail<ObjectPath>(typeToken.Start, $"'{type}' is not an object type name (3–250 characters of a–z, 0–9 and hyphen)");
        }

        Advance();
        if (!Expect(PatternTokenKind.Colon, "':' after the object type"))
        {
            return null;
        }

        var steps = new List<PathStep>(4);
        var first = ParsePropertyName("a property name after ':'");
        if (first is null)
        {
            return null;
        }

        steps.Add(new PathStep(first, null));
        while (_current.Kind is PatternTokenKind.Dot or PatternTokenKind.LeftBracket)
        {
            var step = _current.Kind == PatternTokenKind.Dot ? ParseDotStep() : ParseIndexStep();
            if (step is not { } s)
            {
                return null;
            }

            steps.Add(s);
        }

        return new ObjectPath(type, steps);
    }

    private PathStep? ParseDotStep()
    {
        Advance();
        var name = ParsePropertyName("a property name after '.'");
        return name is null ? null : new PathStep(name, null);
    }

    private PathStep? ParseIndexStep()
    {
        Advance();
        var token = _current;
        PathStep step;
        if (token.Kind == PatternTokenKind.Asterisk)
        {
            step = new PathStep(null, null);
        }
        else if (token.Kind == PatternTokenKind.Integer
                 && int.TryParse(token.TextIn(_text), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var index))
        {
            step = new PathStep(null, index);
        }
        else
        {
            Unexpected<string>("a list index (an integer or *)");
            return null;
        }

        Advance();
        return Expect(PatternTokenKind.RightBracket, "']' after the list index") ? step : null;
    }

    // firstPathComponent / '.' component: IdentifierWithoutHyphen or a quoted StringLiteral.
    private string? ParsePropertyName(string wanted)
    {
        var token = _current;
        if (token.Kind == PatternTokenKind.String)
        {
            Advance();
            return UnescapeString(token);
        }

        if (token.Kind != PatternTokenKind.Identifier)
        {
            return Unexpected<string>(wanted);
        }

        var name = token.TextIn(_text);
        if (name.Contains('-'))
        {
            Fail<string>(token.Start, $"the property name '{name}' contains a hyphen; quote it: '{name}'");
            return null;
        }

        Advance();
        return name.ToString();
    }

    private string UnescapeString(PatternToken token)
    {
        var body = _text.AsSpan(token.Start + 1, token.Length - 2);
        return body.Contains('\\') ? body.ToString().Replace("\\'", "'", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal) : body.ToString();
    }

    private string Unquote(PatternToken token) => _text.Substring(token.Start + 2, token.Length - 3);

    private void Advance() => _current = _lexer.Next();

    private bool Expect(PatternTokenKind kind, string wanted)
    {
        if (_current.Kind != kind)
        {
            Unexpected<string>(wanted);
            return false;
        }

        Advance();
        return true;
    }

    private T? Unexpected<T>(string wanted)
        where T : class
    {
        var found = _current.Kind switch
        {
            PatternTokenKind.End => "the end of the pattern",
            PatternTokenKind.Invalid => _lexer.InvalidReason,
            _ => $"'{_current.TextIn(_text)}'",
        };
        return Fail<T>(_current.Start, _current.Kind == PatternTokenKind.Invalid ? found : $"expected {wanted}, found {found}");
    }

    private T? Fail<T>(int position, string message)
        where T : class
    {
        Error ??= new PatternError(position, message);
        return null;
    }
}
