using System.Collections.Concurrent;

namespace Tocsin.Server.Feeds;

/// <summary>The <c>Last-Modified</c> of the public documents, whose content lives in the store and has no single
/// modification time (a level changes when a decision is approved, when it expires, when a later one starts): for each
/// address, the time this node first served its current ETag after a different one.</summary>
/// <remarks>Every guess errs late, never early, so <c>If-Modified-Since</c> never hides a change: a node sees a change
/// no earlier than it happened; a node that restarts, or forgets an address, starts again from now. HTTP dates count
/// whole seconds, so when an address changes twice within one second its new time is the next second and no
/// <c>Last-Modified</c> is sent until then.</remarks>
public sealed class ContentClock(TimeProvider clock)
{
    // The point look-up has one address per coordinate pair: past this many addresses the table starts again.
    private const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, Stamp> _stamps = new(StringComparer.Ordinal);

    /// <summary>The <c>Last-Modified</c> of <paramref name="address"/> now served with <paramref name="etag"/>, or null
    /// while it cannot be told apart from the previous content (the same second).</summary>
    public DateTimeOffset? LastModified(string address, string etag)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(etag);
        var now = clock.GetUtcNow();
        var second = new DateTimeOffset(now.UtcTicks - now.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
        if (_stamps.Count >= Capacity)
        {
            _stamps.Clear();
        }

        var stamp = _stamps.AddOrUpdate(address, _ => new Stamp(etag, second),
            (_, old) => string.Equals(old.ETag, etag, StringComparison.Ordinal) ? old : new Stamp(etag, old.Since >= second ? old.Since.AddSeconds(1) : second));
        return stamp.Since <= now ? stamp.Since : null;
    }

    private sealed record Stamp(string ETag, DateTimeOffset Since);
}
