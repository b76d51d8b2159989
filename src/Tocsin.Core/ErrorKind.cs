namespace Tocsin.Core;

/// <summary>What kind of refusal an <see cref="Error"/> is. Each surface maps a kind to its status code in
/// one place (the JSON API: <c>Tocsin.Server.Api.Problems</c>); the vocabulary is in docs/api.md.</summary>
public enum ErrorKind
{
    /// <summary>The request was read but its content breaks a rule (HTTP 422).</summary>
    Invalid,

    /// <summary>The request cannot be read at all: not JSON, a value of the wrong type, a missing body (HTTP 400).</summary>
    Malformed,

    /// <summary>The thing named does not exist, or the caller may not know that it does (HTTP 404).</summary>
    NotFound,

    /// <summary>The thing exists but its state forbids the operation, or a name is taken (HTTP 409).</summary>
    Conflict,

    /// <summary>The caller is known but not allowed to do this (HTTP 403).</summary>
    Forbidden,

    /// <summary>The caller did not prove who it is (HTTP 401).</summary>
    Unauthenticated,

    /// <summary>The content is larger than accepted (HTTP 413).</summary>
    TooLarge,

    /// <summary>The content is in a media type the operation does not take (HTTP 415).</summary>
    UnsupportedMediaType,
}
