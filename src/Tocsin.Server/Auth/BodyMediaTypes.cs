namespace Tocsin.Server.Auth;

/// <summary>Endpoint metadata: the request body media types a state-changing endpoint documents, when they are
/// not just <c>application/json</c>. Read by <see cref="CrossSiteGuard"/>.</summary>
/// <param name="MediaTypes">The accepted media types, without parameters.</param>
public sealed record BodyMediaTypes(IReadOnlyList<string> MediaTypes)
{
    /// <summary>True when a body without <c>Content-Type</c> is taken as the first type: only for endpoints whose
    /// caller proves itself by the body, not by ambient credentials (a signed acknowledgement).</summary>
    public bool AllowsUnlabelled { get; init; }
}
