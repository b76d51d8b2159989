using Tocsin.Core.Principals;
using Tocsin.Core.Sharing;
using Tocsin.Storage;

namespace Tocsin.Server.Sharing;

/// <summary>A key just issued to a partner: <see cref="Key"/> holds the secret, shown this once and never stored.</summary>
public sealed record IssuedPartnerKey(PartnerProfile Profile, ApiKey Key, ApiKeyInfo Info);
