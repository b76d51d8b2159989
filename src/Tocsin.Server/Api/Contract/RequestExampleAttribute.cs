namespace Tocsin.Server.Api.Contract;

/// <summary>Names the example of a request body: a file of <c>docs/examples/</c>, embedded in the server, that the
/// OpenAPI document shows for every operation taking this body. The documentation runs the same files, and
/// <c>RequestExampleTests</c> posts each one to its operation, so an example cannot stop working unseen.</summary>
/// <param name="file">The file name in <c>docs/examples/</c>, e.g. <c>proposal.json</c>.</param>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequestExampleAttribute(string file) : Attribute
{
    /// <summary>The file name in <c>docs/examples/</c>.</summary>
    public string File { get; } = file;
}
