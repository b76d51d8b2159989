using Tocsin.Core.Sharing;
using Tocsin.Storage;

namespace Tocsin.Server.Sharing;

/// <summary>A partner as administrators see it: its profile and its keys (never a secret), newest key first.</summary>
public sealed record PartnerDetails(PartnerProfile Profile, IReadOnlyList<ApiKeyInfo> Keys);
