namespace Tocsin.Core;

/// <summary>An expected failure: a stable machine-readable <paramref name="Code"/> (kebab-case,
/// e.g. <c>collection-alias-taken</c>) and a sentence a person understands.</summary>
/// <remarks>The <see cref="Kind"/> defaults from the code (<see cref="ErrorKinds.Of"/>); a code whose kind depends
/// on where it occurs is given one explicitly: <c>new Error(code, message) { Kind = ErrorKind.NotFound }</c>.</remarks>
public sealed record Error(string Code, string Message)
{
    /// <summary>What kind of refusal this is; decides the HTTP status.</summary>
    public ErrorKind Kind { get; init; } = ErrorKinds.Of(Code);

    /// <summary>This error as another kind, for a code whose kind depends on where it occurs.</summary>
    public Error As(ErrorKind kind) => this with { Kind = kind };
}
