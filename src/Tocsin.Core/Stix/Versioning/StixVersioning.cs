using System.Text.Json.Nodes;
using Tocsin.Core.Stix.Writing;

namespace Tocsin.Core.Stix.Versioning;

/// <summary>New versions, revocation and version order of STIX objects (STIX 2.1 §3.6).</summary>
/// <remarks>A new version keeps <c>id</c> and <c>created</c> and gets
/// <c>modified</c> = max(now, previous <c>modified</c> + 1 ms), in milliseconds, so it is always
/// later than the version it supersedes even when the clock is behind. Its bytes are newly written;
/// the previous version is never altered.</remarks>
public static class StixVersioning
{
    /// <summary>A new version of <paramref name="previous"/> with the edits <paramref name="change"/> makes.</summary>
    /// <returns>The new version, or <c>object-revoked</c> (the object is revoked) or
    /// <c>not-versionable</c> (a marking definition, an SCO, or no valid <c>created</c>/<c>modified</c>).</returns>
    /// <exception cref="ArgumentException"><paramref name="change"/> edits a member that identifies the
    /// object or its version (see <see cref="StixObjectChanges"/>).</exception>
    public static Result<StixObject> NewVersion(StixObject previous, TimeProvider clock, Action<StixObjectChanges> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return Version(previous, clock, change, revoke: false);
    }

    /// <summary>A new version of <paramref name="previous"/> with <c>"revoked": true</c> and nothing else changed.</summary>
    /// <returns>The revoked version, or the same refusals as <see cref="NewVersion"/>.</returns>
    public static Result<StixObject> Revoke(StixObject previous, TimeProvider clock) =>
        Version(previous, clock, static _ => { }, revoke: true);

    /// <summary>Orders two versions of one object by their version timestamp (<c>modified</c>, else
    /// <c>created</c>) compared as instants, whatever their written precision: negative when
    /// <paramref name="a"/> is older, zero for the same instant, positive when newer. Usable as
    /// <c>versions.Sort(StixVersioning.Compare)</c>.</summary>
    /// <exception cref="ArgumentException">The ids differ, or a version has no version timestamp (SCOs).</exception>
    public static int Compare(StixObject a, StixObject b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (!string.Equals(a.Id, b.Id, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Versions of different objects cannot be ordered: {a.Id} and {b.Id}.", nameof(b));
        }

        var left = a.VersionTimestamp ?? throw new ArgumentException($"{a.Id} has no version timestamp.", nameof(a));
        var right = b.VersionTimestamp ?? throw new ArgumentException($"{b.Id} has no version timestamp.", nameof(b));
        return left.CompareTo(right);
    }

    /// <summary>The <c>modified</c> of the version after one modified at <paramref name="previous"/>:
    /// <paramref name="now"/> in milliseconds, or 1 ms after <paramref name="previous"/> (truncated to
    /// milliseconds) when the clock is not later.</summary>
    public static StixTimestamp NextModified(StixTimestamp previous, DateTimeOffset now)
    {
        var candidate = StixTimestamp.FromInstant(now);
        // Truncating then adding 1 ms is strictly later than previous whatever its precision.
        var floor = StixTimestamp.FromInstant(previous.Instant).Instant.AddMilliseconds(1);
        return candidate > previous ? candidate : StixTimestamp.FromInstant(floor);
    }

    private static Result<StixObject> Version(StixObject previous, TimeProvider clock, Action<StixObjectChanges> change, bool revoke)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(clock);
        if (Refusal(previous) is { } refusal)
        {
            return refusal;
        }

        var members = JsonNode.Parse(previous.Json.Span)!.AsObject();
        var changes = new StixObjectChanges(members);
        change(changes);
        changes.SetFixed("modified", JsonValue.Create(NextModified(previous.Modified!.Value, clock.GetUtcNow()).Text));
        if (revoke)
        {
            changes.SetFixed("revoked", JsonValue.Create(true));
        }

        return StixObject.FromTrusted(StixJson.Write(writer => changes.Members.WriteTo(writer)));
    }

    private static Error? Refusal(StixObject previous)
    {
        if (previous.Category == StixObjectCategory.MarkingDefinition)
        {
            return VersioningErrors.MarkingDefinition(previous.Id);
        }

        if (previous.Category == StixObjectCategory.CyberObservable)
        {
            return VersioningErrors.CyberObservable(previous.Id);
        }

        if (previous.Revoked)
        {
            return VersioningErrors.Revoked(previous.Id);
        }

        return previous.Created is null || previous.Modified is null ? VersioningErrors.NoTimestamps(previous.Id) : null;
    }
}
