using System.Text;
using System.Text.Json;

namespace Tocsin.Core.Stix.Reading;

/// <summary>The streaming core of <see cref="StixBundleReader"/>: a pooled byte buffer, a resumable
/// <see cref="Utf8JsonReader"/> state and a small state machine over the file's top-level members.</summary>
/// <remarks>Which files are bundles and which single objects: see <see cref="StixBundleReader"/>.
/// Memory: see <see cref="ScanBuffer"/>.</remarks>
internal sealed class BundleScanner : IDisposable
{
    /// <summary>128 levels inside an object (as <see cref="StixObject.Parse"/> allows) plus bundle and array.</summary>
    private const int MaxDepth = 130;

    private static readonly JsonReaderOptions _readerOptions = new() { MaxDepth = MaxDepth };

    private readonly ScanBuffer _buffer;
    private bool _begun;
    private JsonReaderState _state = new(_readerOptions);
    private ScanPhase _phase = ScanPhase.Start;
    private ScanPhase _afterSkip;
    private TopMember _member;
    private int _skipDepth;
    private int _elementDepth;
    private int _index;
    private readonly BundleShape _shape = new();
    private StixReadItem? _outcome;

    public BundleScanner(int bufferSize)
        : this(new ScanBuffer(bufferSize))
    {
    }

    private BundleScanner(ScanBuffer buffer)
    {
        _buffer = buffer;
    }

    /// <summary>A scanner over the complete file <paramref name="utf8Json"/>.</summary>
    public static BundleScanner ForComplete(ReadOnlySpan<byte> utf8Json) => new(ScanBuffer.ForComplete(utf8Json));

    /// <summary>Makes room and reads more of <paramref name="stream"/>; see <see cref="ScanBuffer.FillAsync"/>.</summary>
    public ValueTask FillAsync(Stream stream, CancellationToken cancellationToken) => _buffer.FillAsync(stream, cancellationToken);

    /// <summary>Makes room and reads more of <paramref name="stream"/>; see <see cref="ScanBuffer.Fill"/>.</summary>
    public void Fill(Stream stream) => _buffer.Fill(stream);

    /// <summary>Reads tokens from the buffer until an item is ready, more data is needed, or the end.</summary>
    public ScanStep Advance(out StixReadItem? item)
    {
        item = null;
        if (_phase == ScanPhase.Done)
        {
            return ScanStep.Done;
        }

        if (_buffer.Utf8Failed)
        {
            return Stop(ReadErrors.InvalidUtf8(), out item);
        }

        if (!_begun)
        {
            if (_buffer.Filled < 4 && !_buffer.IsFinal)
            {
                return ScanStep.NeedData;
            }

            if (Begin() is { } problem)
            {
                return Stop(problem, out item);
            }
        }

        return ReadTokens(out item);
    }

    public void Dispose() => _buffer.Dispose();

    private StixReadItem? Begin()
    {
        _begun = true;
        var head = _buffer.Held;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            // RFC 8259 §8.1 lets a parser ignore a UTF-8 byte-order mark.
            _buffer.Consume(3);
            return null;
        }

        if (Utf8Check.OtherEncoding(head) is { } encoding)
        {
            return ReadErrors.NotUtf8(encoding);
        }

        return _buffer.IsFinal && IsBlank(head) ? ReadErrors.Empty() : null;
    }

    private ScanStep ReadTokens(out StixReadItem? item)
    {
        var reader = new Utf8JsonReader(_buffer.Unconsumed, _buffer.IsFinal, _state);
        try
        {
            while (reader.Read())
            {
                item = OnToken(ref reader);
                if (item is not null)
                {
                    Save(ref reader);
                    return item.Index == -1 || _phase == ScanPhase.Done ? Stop(item, out item) : ScanStep.Item;
                }
            }
        }
        catch (JsonException ex)
        {
            return Stop(!_buffer.RestIsUtf8() ? ReadErrors.InvalidUtf8() : ReadErrors.NotJson(ex), out item);
        }

        Save(ref reader);
        if (_buffer.IsFinal)
        {
            return Finish(out item);
        }

        item = null;
        return ScanStep.NeedData;
    }

    /// <summary>The reader has consumed the whole final block: the top-level value is complete.</summary>
    private ScanStep Finish(out StixReadItem? item)
    {
        if (!_buffer.ValidateUpTo(_buffer.Filled))
        {
            return Stop(ReadErrors.InvalidUtf8(), out item);
        }

        _phase = ScanPhase.Done;
        item = _outcome;
        return item is null ? ScanStep.Done : ScanStep.Item;
    }

    private ScanStep Stop(StixReadItem problem, out StixReadItem? item)
    {
        _phase = ScanPhase.Done;
        item = problem;
        return ScanStep.Item;
    }

    private void Save(ref Utf8JsonReader reader)
    {
        _state = reader.CurrentState;
        _buffer.Consume((int)reader.BytesConsumed);
    }

    private StixReadItem? OnToken(ref Utf8JsonReader reader) => _phase switch
    {
        ScanPhase.Start => OnFirstToken(ref reader),
        ScanPhase.Members => OnMember(ref reader),
        ScanPhase.Value => OnValue(ref reader),
        ScanPhase.Objects => OnArrayEntry(ref reader),
        ScanPhase.Element => OnElementToken(ref reader),
        ScanPhase.Skip => OnSkippedToken(ref reader),
        ScanPhase.Trailing or ScanPhase.Done => null,
    };

    private StixReadItem? OnFirstToken(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return ReadErrors.NotStix(reader.TokenType);
        }

        _buffer.Anchor = _buffer.Start + (int)reader.TokenStartIndex;
        _phase = ScanPhase.Members;
        return null;
    }

    private StixReadItem? OnMember(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            _phase = ScanPhase.Trailing;
            _outcome = TopLevelOutcome(_buffer.Start + (int)reader.BytesConsumed);
            return _phase == ScanPhase.Done ? _outcome : null;
        }

        _member = UnicodeText.ValueTextEquals(ref reader, "type"u8) ? TopMember.Type
            : UnicodeText.ValueTextEquals(ref reader, "objects"u8) ? TopMember.Objects
            : UnicodeText.ValueTextEquals(ref reader, "id"u8) ? TopMember.Id
            : TopMember.Other;
        _phase = ScanPhase.Value;
        return null;
    }

    private StixReadItem? OnValue(ref Utf8JsonReader reader)
    {
        switch (_member)
        {
            case TopMember.Type when _shape.TypeSeen:
                return ReadErrors.DuplicateType();
            case TopMember.Type:
                var isString = reader.TokenType == JsonTokenType.String;
                _shape.SawType(isString && UnicodeText.ValueTextEquals(ref reader, "bundle"u8), isString ? Encoding.UTF8.GetString(reader.ValueSpan) : null);
                if (_shape.TypeIsBundle)
                {
                    _buffer.Anchor = -1; // a bundle is never needed whole
                    if (_shape.ObjectsNotArray)
                    {
                        return ReadErrors.ObjectsNotArray();
                    }
                }

                break;
            case TopMember.Objects when reader.TokenType == JsonTokenType.StartArray:
                if (!_shape.SawObjectsArray())
                {
                    return ReadErrors.DuplicateObjects();
                }

                _buffer.Anchor = -1;
                _phase = ScanPhase.Objects;
                return null;
            case TopMember.Objects:
                if (_shape.TypeIsBundle)
                {
                    return ReadErrors.ObjectsNotArray();
                }

                // Not an array: only a problem if this turns out to be a bundle (observed-data has an
                // 'objects' dictionary, for instance).
                _shape.ObjectsNotArray = true;
                break;
            case TopMember.Id:
                // Read as raw text: an id spelt with JSON escapes is refused, a needless form no writer uses.
                _shape.SawId(reader.TokenType == JsonTokenType.String ? Encoding.UTF8.GetString(reader.ValueSpan) : null);
                break;
            case TopMember.Other:
                break;
        }

        SkipValue(ref reader, ScanPhase.Members);
        return null;
    }

    private StixReadItem? OnArrayEntry(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.EndArray:
                _phase = ScanPhase.Members;
                return null;
            case JsonTokenType.StartObject:
                _buffer.Anchor = _buffer.Start + (int)reader.TokenStartIndex;
                _elementDepth = reader.CurrentDepth;
                _phase = ScanPhase.Element;
                return null;
            default:
                var problem = ReadErrors.ElementNotObject(_index++, reader.TokenType);
                SkipValue(ref reader, ScanPhase.Objects);
                return problem;
        }
    }

    private StixReadItem? OnElementToken(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.EndObject || reader.CurrentDepth != _elementDepth)
        {
            return null;
        }

        var end = _buffer.Start + (int)reader.BytesConsumed;
        if (!_buffer.ValidateUpTo(end))
        {
            _phase = ScanPhase.Done;
            return ReadErrors.InvalidUtf8();
        }

        var item = ParseObject(_index++, _buffer.Anchor, end);
        _buffer.Anchor = -1;
        _phase = ScanPhase.Objects;
        return item;
    }

    private StixReadItem? OnSkippedToken(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray && reader.CurrentDepth == _skipDepth)
        {
            _phase = _afterSkip;
        }

        return null;
    }

    private void SkipValue(ref Utf8JsonReader reader, ScanPhase after)
    {
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            _skipDepth = reader.CurrentDepth;
            _afterSkip = after;
            _phase = ScanPhase.Skip;
        }
        else
        {
            _phase = after;
        }
    }

    /// <summary>What the top-level object amounts to, decided at its end.</summary>
    private StixReadItem? TopLevelOutcome(int end)
    {
        if (_shape.IsBundle)
        {
            return _shape.Outcome();
        }

        if (!_buffer.ValidateUpTo(end))
        {
            _phase = ScanPhase.Done;
            return ReadErrors.InvalidUtf8();
        }

        var single = ParseObject(0, _buffer.Anchor, end);
        _buffer.Anchor = -1;
        return single;
    }

    private StixReadItem ParseObject(int index, int from, int to)
    {
        // A copy of exactly the object's bytes: the buffer is reused, the object keeps its own.
        var bytes = _buffer.Copy(from, to);
        var parsed = StixObject.Parse(bytes);
        return parsed.IsSuccess ? new StixReadItem(index, parsed.Value, null) : new StixReadItem(index, null, parsed.Error);
    }

    private static bool IsBlank(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyExcept(" \t\r\n"u8) < 0;
}
