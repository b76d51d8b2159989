using Tocsin.Core.Stix;
using Tocsin.Storage.Sharing;

namespace Tocsin.Server.Sharing;

/// <summary>A tearline request with the names of who asked and who approved it, and, when shown alone, the original's
/// latest version (null in lists, or when the original is no longer held).</summary>
public sealed record TearlineRequestView(TearlineRequest Request, string RequestedBy, string? DecidedBy, StixObject? Original);
