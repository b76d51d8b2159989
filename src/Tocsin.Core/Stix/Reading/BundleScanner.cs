using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Tocsin.Core.Stix.Reading;

/// <summary>The streaming core of <see cref="StixBundleReader"/>: a pooled byte buffer, a resumable
/// <see cref="Utf8JsonReader"/> state and a small state machine over the file's top-level members.</summary>
/// <remarks>
/// Memory: the buffer keeps only the unconsumed bytes plus, while one is open, the current element of
/// <c>objects</c> (or the whole top-level object while it may still turn out to be a single STIX
/// object). It grows only when that kept span does not fit, so its size is bounded by about twice the
/// largest object, not by the file.
/// <para>Bundle or single object: a top-level object that has an <c>objects</c> array, or whose
/// <c>type</c> is <c>"bundle"</c>, is read as a bundle whatever the member order, because common
/// writers (e.g. python-stix2 with sorted keys) put <c>type</c> after <c>objects</c>. When such an
/// <c>objects</c> array comes with a missing or other <c>type</c>, its elements are still yielded and a
/// final <c>not-a-bundle</c> item says the file is not a valid bundle. Any other top-level object is a
/// single STIX object (index 0).</para>
/// </remarks>
internal sealed class BundleScanner : IDisposable
{
    /// <summary>128 levels inside an object (as <see cref="StixObject.Parse"/> allows) plus bundle and array.</summary>
    private const int MaxDepth = 130;

    private static readonly JsonReaderOptions _readerOptions = new() { MaxDepth = MaxDepth };

    private byte[] _buffer;
    private int _start;          // first unconsumed byte; the reader resumes here
    private int _filled;         // bytes of _buffer holding data
    private int _validated;      // [0, _validated) is known to be valid UTF-8
    private int _topStart = -1;  // the top-level '{' while it must be kept, else -1
    private int _elementStart = -1;
    private bool _final;
    private bool _begun;
    private bool _utf8Failed;
    private JsonReaderState _state = new(_readerOptions);
    private ScanPhase _phase = ScanPhase.Start;
    private ScanPhase _afterSkip;
    private TopMember _member;
    private int _skipDepth;
    private int _elementDepth;
    private int _index;
    private bool _typeSeen;
    private bool _typeIsBundle;
    private string? _typeText;
    private bool _objectsArraySeen;
    private bool _objectsNotArray;
    private StixReadItem? _outcome;

    public BundleScanner(int bufferSize)
    {
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(bufferSize, 16));
    }

    /// <summary>A scanner over the complete file <paramref name="utf8Json"/>.</summary>
    public static BundleScanner ForComplete(ReadOnlySpan<byte> utf8Json)
    {
        var scanner = new BundleScanner(utf8Json.Length);
        utf8Json.CopyTo(scanner._buffer);
        scanner._filled = utf8Json.Length;
        scanner._final = true;
        return scanner;
    }

    /// <summary>Current buffer size in bytes, for tests of the memory bound.</summary>
    public int BufferSize => _buffer.Length;

    /// <summary>Moves kept bytes to the start of the buffer (growing it only when they fill it) and
    /// reads from <paramref name="stream"/> until the buffer is full or the stream ends.</summary>
    public async ValueTask FillAsync(Stream stream, CancellationToken cancellationToken)
    {
        Compact();
        while (_filled < _buffer.Length && !_final)
        {
            var read = await stream.ReadAsync(_buffer.AsMemory(_filled), cancellationToken);
            if (read == 0)
            {
                _final = true;
            }
            else
            {
                _filled += read;
            }
        }
    }

    /// <summary>Reads tokens from the buffer until an item is ready, more data is needed, or the end.</summary>
    public ScanStep Advance(out StixReadItem? item)
    {
        item = null;
        if (_phase == ScanPhase.Done)
        {
            return ScanStep.Done;
        }

        if (_utf8Failed)
        {
            return Stop(ReadErrors.NotUtf8("it holds a byte sequence that is not UTF-8"), out item);
        }

        if (!_begun)
        {
            if (_filled < 4 && !_final)
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

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private StixReadItem? Begin()
    {
        _begun = true;
        var head = _buffer.AsSpan(0, _filled);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            // RFC 8259 §8.1 lets a parser ignore a UTF-8 byte-order mark.
            _start = _validated = 3;
            return null;
        }

        if (Utf8Check.OtherEncoding(head) is { } encoding)
        {
            return ReadErrors.NotUtf8(encoding);
        }

        return _final && IsBlank(head) ? ReadErrors.Empty() : null;
    }

    private ScanStep ReadTokens(out StixReadItem? item)
    {
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _filled - _start), _final, _state);
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
            var encodingFault = !Utf8Check.IsValid(_buffer.AsSpan(_validated, _filled - _validated), _final);
            return Stop(encodingFault ? ReadErrors.NotUtf8("it holds a byte sequence that is not UTF-8") : ReadErrors.NotJson(ex), out item);
        }

        Save(ref reader);
        return _final ? Finish(out item) : NeedMoreData(out item);
    }

    private static ScanStep NeedMoreData(out StixReadItem? item)
    {
        item = null;
        return ScanStep.NeedData;
    }

    /// <summary>The reader has consumed the whole final block: the top-level value is complete.</summary>
    private ScanStep Finish(out StixReadItem? item)
    {
        if (!ValidateUpTo(_filled))
        {
            return Stop(ReadErrors.NotUtf8("it holds a byte sequence that is not UTF-8"), out item);
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
        _start += (int)reader.BytesConsumed;
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

        _topStart = _start + (int)reader.TokenStartIndex;
        _phase = ScanPhase.Members;
        return null;
    }

    private StixReadItem? OnMember(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            _phase = ScanPhase.Trailing;
            _outcome = TopLevelOutcome(_start + (int)reader.BytesConsumed);
            return _phase == ScanPhase.Done ? _outcome : null;
        }

        _member = reader.ValueTextEquals("type"u8) ? TopMember.Type
            : reader.ValueTextEquals("objects"u8) ? TopMember.Objects
            : TopMember.Other;
        _phase = ScanPhase.Value;
        return null;
    }

    private StixReadItem? OnValue(ref Utf8JsonReader reader)
    {
        switch (_member)
        {
            case TopMember.Type:
                _typeSeen = true;
                _typeIsBundle = reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("bundle"u8);
                _typeText = reader.TokenType == JsonTokenType.String
                    ? "\"" + Encoding.UTF8.GetString(reader.ValueSpan) + "\""
                    : "not a string";
                if (_typeIsBundle)
                {
                    _topStart = -1; // a bundle is never needed whole
                    if (_objectsNotArray)
                    {
                        return ReadErrors.ObjectsNotArray();
                    }
                }

                break;
            case TopMember.Objects when reader.TokenType == JsonTokenType.StartArray:
                if (_objectsArraySeen)
                {
                    return ReadErrors.DuplicateObjects();
                }

                _objectsArraySeen = true;
                _topStart = -1;
                _phase = ScanPhase.Objects;
                return null;
            case TopMember.Objects:
                if (_typeIsBundle)
                {
                    return ReadErrors.ObjectsNotArray();
                }

                // Not an array: only a problem if this turns out to be a bundle (observed-data has an
                // 'objects' dictionary, for instance).
                _objectsNotArray = true;
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
                _elementStart = _start + (int)reader.TokenStartIndex;
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

        var end = _start + (int)reader.BytesConsumed;
        if (!ValidateUpTo(end))
        {
            _phase = ScanPhase.Done;
            return ReadErrors.NotUtf8("it holds a byte sequence that is not UTF-8");
        }

        var item = ParseObject(_index++, _elementStart, end);
        _elementStart = -1;
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

    /// <summary>What the top-level object amounts to, decided at its end (see the class remarks).</summary>
    private StixReadItem? TopLevelOutcome(int end)
    {
        if (_objectsArraySeen)
        {
            return _typeIsBundle ? null : ReadErrors.NotABundle(_typeSeen ? _typeText : null);
        }

        if (_typeIsBundle)
        {
            return _objectsNotArray ? ReadErrors.ObjectsNotArray() : null;
        }

        if (!ValidateUpTo(end))
        {
            _phase = ScanPhase.Done;
            return ReadErrors.NotUtf8("it holds a byte sequence that is not UTF-8");
        }

        var single = ParseObject(0, _topStart, end);
        _topStart = -1;
        return single;
    }

    private StixReadItem ParseObject(int index, int from, int to)
    {
        // A copy of exactly the object's bytes: the buffer is reused, the object keeps its own.
        var bytes = _buffer.AsSpan(from, to - from).ToArray();
        var parsed = StixObject.Parse(bytes);
        return parsed.IsSuccess ? new StixReadItem(index, parsed.Value, null) : new StixReadItem(index, null, parsed.Error);
    }

    private bool ValidateUpTo(int end)
    {
        if (end > _validated)
        {
            if (!Utf8Check.IsValid(_buffer.AsSpan(_validated, end - _validated), isComplete: true))
            {
                return false;
            }

            _validated = end;
        }

        return true;
    }

    private void Compact()
    {
        // _start is a token boundary, so no UTF-8 sequence is cut there.
        if (!ValidateUpTo(_start))
        {
            _utf8Failed = true;
        }

        var keep = _start;
        if (_topStart >= 0)
        {
            keep = Math.Min(keep, _topStart);
        }

        if (_elementStart >= 0)
        {
            keep = Math.Min(keep, _elementStart);
        }

        var kept = _filled - keep;
        if (kept > _buffer.Length / 2)
        {
            // Keep at least half the buffer free so that every fill makes real progress, even when
            // one token (a long string) must be scanned again from its start.
            Grow(keep, kept);
        }
        else if (keep > 0)
        {
            Buffer.BlockCopy(_buffer, keep, _buffer, 0, kept);
        }

        _filled = kept;
        _start -= keep;
        _validated = Math.Max(_validated - keep, 0);
        _topStart = _topStart >= 0 ? _topStart - keep : -1;
        _elementStart = _elementStart >= 0 ? _elementStart - keep : -1;
    }

    private void Grow(int keep, int kept)
    {
        var larger = ArrayPool<byte>.Shared.Rent(checked(_buffer.Length * 2));
        Buffer.BlockCopy(_buffer, keep, larger, 0, kept);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }

    private static bool IsBlank(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyExcept(" \t\r\n"u8) < 0;
}
