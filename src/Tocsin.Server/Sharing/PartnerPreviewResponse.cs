namespace Tocsin.Server.Sharing;

/// <summary>Body of <c>GET /api/v1/partners/{name}/preview</c>: the collection as the partner receives it over TAXII.</summary>
/// <param name="Partner">The partner's name.</param>
/// <param name="Collection">The collection's id.</param>
/// <param name="Alias">The collection's alias.</param>
/// <param name="CanRead">False when the partner holds no read grant on the collection: it then receives nothing.</param>
/// <param name="Received">Every version its TAXII GET with <c>match[version]=all</c> returns, in <c>date_added</c> order.</param>
/// <param name="Withheld">Every other version, with the reason code of the first rule that withholds it.</param>
public sealed record PartnerPreviewResponse(string Partner, Guid Collection, string Alias, bool CanRead, IReadOnlyList<PreviewObjectResponse> Received,
    IReadOnlyList<PreviewObjectResponse> Withheld);

/// <summary>One version in a preview: its id, type, version (<c>modified</c>, else <c>created</c>; null for an object with
/// neither), name when it has one, whether it is the partner's own contribution, and why it is withheld (null when received).</summary>
public sealed record PreviewObjectResponse(string Id, string Type, string? Version, string? Name, bool OwnContribution, string? Reason);
