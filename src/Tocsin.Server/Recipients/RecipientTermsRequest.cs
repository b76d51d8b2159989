using Tocsin.Server.Api.Contract;

namespace Tocsin.Server.Recipients;

/// <summary>A subscriber's sectors and recipient groups, replacing the ones it had.</summary>
/// <param name="Sectors">Sector ids (docs/recipients.md); none for a recipient outside every sector.</param>
/// <param name="Groups">Recipient group ids.</param>
[RequestExample("recipient-terms.json")]
public sealed record RecipientTermsRequest(IReadOnlyList<string>? Sectors, IReadOnlyList<string>? Groups);
