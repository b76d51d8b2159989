using System.Text.Json;

namespace Tocsin.Server.Authoring;

/// <summary>One version of an object as its history shows it.</summary>
/// <param name="Modified">The version (<c>modified</c>, or <c>created</c> for objects that cannot be versioned).</param>
/// <param name="DateAdded">When the picture received it (UTC).</param>
/// <param name="CreatedByRef">Who made the STIX object.</param>
/// <param name="Changes">What changed since the previous version shown; empty for the first.</param>
/// <param name="Object">The version exactly as stored.</param>
public sealed record VersionView(string? Modified, DateTimeOffset DateAdded, string? CreatedByRef, IReadOnlyList<PropertyChange> Changes, JsonElement Object);
