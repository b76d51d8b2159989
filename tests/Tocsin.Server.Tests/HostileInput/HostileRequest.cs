namespace Tocsin.Server.Tests.HostileInput;

/// <summary>One request of the endpoint sweep.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">Path and query, already percent-encoded.</param>
/// <param name="Body">The body bytes, or null for none.</param>
/// <param name="ContentType">The body's media type.</param>
/// <param name="Label">What is hostile about it.</param>
/// <param name="MustRefuse">True when the only right answer is a 4xx (a body that cannot be read, or a
/// value of the wrong JSON type or not Unicode text); otherwise only a 5xx is wrong.</param>
public sealed record HostileRequest(string Method, string Path, byte[]? Body, string? ContentType, string Label, bool MustRefuse);
