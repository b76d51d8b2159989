using Tocsin.Core.Principals;
using Tocsin.Core.Sharing;

namespace Tocsin.Storage.Sharing;

/// <summary>What a committed <see cref="PartnerChange"/> left: the partner, its profile as stored and the keys it issued.</summary>
public sealed record PartnerChangeResult(Principal Principal, PartnerProfile Profile, IReadOnlyList<ApiKeyInfo> IssuedKeys);
