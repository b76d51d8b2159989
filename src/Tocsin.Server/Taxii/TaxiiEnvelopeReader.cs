using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.Features;
using Tocsin.Core;
using Tocsin.Core.Stix;
using Tocsin.Core.Stix.Reading;
using Tocsin.Storage.Taxii;

namespace Tocsin.Server.Taxii;

/// <summary>Reads the envelope of an Add Objects request (TAXII 2.1 §5.5, envelope §3.7). The body is read
/// up to <c>max_content_length</c> and no further (413 beyond, before any parsing); a body that is not a
/// JSON object, or whose <c>objects</c> is not an array, or that is not Unicode text (invalid UTF-8, or an
/// object string holding an escaped lone surrogate: codes <c>not-utf8</c> and <c>lone-surrogate</c> of
/// docs/validation.md), is a 400. Each entry keeps its exact bytes.</summary>
public static class TaxiiEnvelopeReader
{
    private const int ChunkSize = 64 * 1024;

    /// <summary>Reads and splits the request body.</summary>
    public static async Task<Result<TaxiiEnvelope>> ReadAsync(HttpRequest request, long maxContentLength, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > maxContentLength)
        {
            return TaxiiErrors.TooLarge(maxContentLength);
        }

        // Our own limit applies instead of the server's default one (30 MB in Kestrel).
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = null;
        }

        var body = await ReadBodyAsync(request.Body, request.ContentLength, maxContentLength, cancellationToken);
        return body is null ? TaxiiErrors.TooLarge(maxContentLength) : Split(body.Value);
    }

    /// <summary>Splits an envelope already in memory.</summary>
    public static Result<TaxiiEnvelope> Split(ReadOnlyMemory<byte> body)
    {
        if (!Utf8.IsValid(body.Span))
        {
            return TaxiiErrors.BadRequest("The body is not UTF-8: it holds a byte sequence that is not UTF-8 (RFC 8259 §8.1).");
        }

        var objects = new List<StixObject>();
        var unreadable = new List<TaxiiStatusDetail>();
        try
        {
            var reader = new Utf8JsonReader(body.Span, new JsonReaderOptions { MaxDepth = 128 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return TaxiiErrors.BadRequest("The body must be a TAXII envelope: a JSON object with an 'objects' array.");
            }

            var seenObjects = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isObjects = UnicodeText.ValueTextEquals(ref reader, "objects"u8);
                reader.Read();
                if (!isObjects)
                {
                    reader.Skip();
                    continue;
                }

                if (seenObjects || reader.TokenType != JsonTokenType.StartArray)
                {
                    return TaxiiErrors.BadRequest("The envelope's 'objects' must appear once, as an array.");
                }

                seenObjects = true;
                if (ReadEntries(ref reader, body, objects, unreadable) is { } notText)
                {
                    return TaxiiErrors.BadRequest(notText);
                }
            }

            if (reader.Read())
            {
                return TaxiiErrors.BadRequest("Unexpected text after the envelope.");
            }

            // Outside the objects too (a member name or value of the envelope): text that is not Unicode is unreadable.
            if (body.Span.IndexOf("\\u"u8) >= 0 && UnicodeText.HasLoneSurrogate(body.Span))
            {
                return TaxiiErrors.BadRequest("The envelope holds a string with an escaped lone surrogate (such as \\ud800), which is not Unicode text (RFC 7493 §2.1). [lone-surrogate]");
            }
        }
        catch (JsonException ex)
        {
            return TaxiiErrors.BadRequest($"The body is not valid JSON: {ex.Message}");
        }

        return new TaxiiEnvelope(objects, unreadable);
    }

    /// <summary>Reads the entries of <c>objects</c>; returns why the body cannot be read when an entry
    /// holds a string that is not Unicode text (a lone surrogate), null otherwise.</summary>
    private static string? ReadEntries(ref Utf8JsonReader reader, ReadOnlyMemory<byte> body, List<StixObject> objects, List<TaxiiStatusDetail> unreadable)
    {
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var start = (int)reader.TokenStartIndex;
            var isObject = reader.TokenType == JsonTokenType.StartObject;
            reader.Skip();
            var parsed = isObject ? StixObject.Parse(body[start..(int)reader.BytesConsumed]) : new Error("not-an-object", "it is not a JSON object.");
            if (parsed.IsSuccess)
            {
                objects.Add(parsed.Value);
            }
            else if (parsed.Error.Code is "lone-surrogate" or "not-utf8" or "number-out-of-range")
            {
                return string.Create(CultureInfo.InvariantCulture, $"objects[{index}]: {parsed.Error.Message} [{parsed.Error.Code}]");
            }
            else
            {
                unreadable.Add(new TaxiiStatusDetail(string.Empty, string.Empty,
                    string.Create(CultureInfo.InvariantCulture, $"objects[{index}]: {parsed.Error.Message}")));
            }

            index++;
        }

        return null;
    }

    /// <summary>The whole body, or null when it exceeds <paramref name="max"/> bytes.</summary>
    private static async Task<ReadOnlyMemory<byte>?> ReadBodyAsync(Stream body, long? declared, long max, CancellationToken cancellationToken)
    {
        var buffer = new byte[(int)Math.Min(declared ?? ChunkSize, max) + 1];
        var length = 0;
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            while (true)
            {
                var read = await body.ReadAsync(chunk.AsMemory(0, ChunkSize), cancellationToken);
                if (read == 0)
                {
                    return buffer.AsMemory(0, length);
                }

                if (length + (long)read > max)
                {
                    return null;
                }

                if (length + read > buffer.Length)
                {
                    Array.Resize(ref buffer, (int)Math.Min(Math.Max(buffer.Length * 2L, length + (long)read), max + 1));
                }

                chunk.AsSpan(0, read).CopyTo(buffer.AsSpan(length));
                length += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }
}
