using System.Text.Json;

namespace Tocsin.Core.Stix.Writing;

/// <summary>Writes a STIX 2.1 bundle (§8) to a stream, one object at a time:
/// <c>{"type":"bundle","id":"bundle--&lt;uuid4&gt;","objects":[…]}</c>.</summary>
/// <remarks>Each object is embedded as its exact bytes (<see cref="StixObject.Json"/>), never
/// re-serialised, so what was received is what is served. Output is flushed to the stream whenever
/// about <see cref="FlushThreshold"/> bytes are pending: memory does not grow with the number of
/// objects. Call <see cref="CompleteAsync"/> to close the bundle; disposing without it leaves the
/// stream holding an unfinished bundle.</remarks>
public sealed class StixBundleWriter : IAsyncDisposable
{
    /// <summary>Pending bytes above which the writer flushes to the stream.</summary>
    public const int FlushThreshold = 64 * 1024;

    private readonly Utf8JsonWriter _writer;
    private bool _completed;

    private StixBundleWriter(Stream output, string bundleId)
    {
        _writer = new Utf8JsonWriter(output, StixJson.WriterOptions);
        BundleId = bundleId;
        _writer.WriteStartObject();
        _writer.WriteString("type", "bundle");
        _writer.WriteString("id", bundleId);
        _writer.WriteStartArray("objects");
    }

    /// <summary>The bundle's <c>id</c>.</summary>
    public string BundleId { get; }

    /// <summary>How many objects have been written.</summary>
    public long Count { get; private set; }

    /// <summary>Starts a bundle on <paramref name="output"/> (left open) with <paramref name="bundleId"/>,
    /// or a new random <c>bundle--</c> id when null.</summary>
    /// <exception cref="ArgumentException"><paramref name="bundleId"/> is not a <c>bundle--</c> id.</exception>
    public static StixBundleWriter Create(Stream output, string? bundleId = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (bundleId is not null && !(StixId.TryParse(bundleId, out var id) && string.Equals(id.Type, "bundle", StringComparison.Ordinal)))
        {
            throw new ArgumentException($"'{bundleId}' is not a bundle id.", nameof(bundleId));
        }

        return new StixBundleWriter(output, bundleId ?? StixId.NewRandom("bundle").ToString());
    }

    /// <summary>Writes <paramref name="objects"/> as one bundle to <paramref name="output"/>.</summary>
    /// <returns>The bundle's id.</returns>
    public static async Task<string> WriteAsync(Stream output, IAsyncEnumerable<StixObject> objects, CancellationToken cancellationToken, string? bundleId = null)
    {
        ArgumentNullException.ThrowIfNull(objects);
        await using var writer = Create(output, bundleId);
        await foreach (var stixObject in objects.WithCancellation(cancellationToken))
        {
            await writer.WriteAsync(stixObject, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
        return writer.BundleId;
    }

    /// <summary>Writes <paramref name="objects"/> as one bundle to <paramref name="output"/>.</summary>
    /// <returns>The bundle's id.</returns>
    public static async Task<string> WriteAsync(Stream output, IEnumerable<StixObject> objects, CancellationToken cancellationToken, string? bundleId = null)
    {
        ArgumentNullException.ThrowIfNull(objects);
        await using var writer = Create(output, bundleId);
        foreach (var stixObject in objects)
        {
            await writer.WriteAsync(stixObject, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
        return writer.BundleId;
    }

    /// <summary>Appends <paramref name="stixObject"/>'s exact bytes to <c>objects</c>.</summary>
    /// <exception cref="InvalidOperationException">The bundle is already complete.</exception>
    public ValueTask WriteAsync(StixObject stixObject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stixObject);
        if (_completed)
        {
            throw new InvalidOperationException("The bundle is already complete.");
        }

        // The bytes were parsed into StixObject, so they are one valid JSON object already.
        _writer.WriteRawValue(stixObject.Json.Span, skipInputValidation: true);
        Count++;
        return _writer.BytesPending >= FlushThreshold ? new ValueTask(_writer.FlushAsync(cancellationToken)) : ValueTask.CompletedTask;
    }

    /// <summary>Closes <c>objects</c> and the bundle and flushes everything to the stream.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (_completed)
        {
            return;
        }

        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _completed = true;
        await _writer.FlushAsync(cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _writer.DisposeAsync();
}
