using System.Diagnostics.CodeAnalysis;

namespace Tocsin.Core;

/// <summary>The outcome of a refusable operation: either a value or an <see cref="Core.Error"/>.
/// Expected failures travel as values; bugs throw.</summary>
public readonly struct Result<T>
{
    private readonly T? _value;

    private Result(T? value, Error? error)
    {
        _value = value;
        Error = error;
    }

    /// <summary>The failure, or null on success.</summary>
    public Error? Error { get; }

    /// <summary>True when the operation succeeded and <see cref="Value"/> holds its result.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    /// <summary>The result; throws when read on a failure, which is a bug in the caller.</summary>
    public T Value => IsSuccess ? _value! : throw new InvalidOperationException($"No value: {Error.Code}: {Error.Message}");

    /// <summary>A success carrying <paramref name="value"/>.</summary>
    public static Result<T> Success(T value) => new(value, null);

    /// <summary>A failure carrying <paramref name="error"/>.</summary>
    public static Result<T> Failure(Error error) => new(default, error ?? throw new ArgumentNullException(nameof(error)));

    /// <summary>Lets a method declared to return Result&lt;T&gt; return a plain T.</summary>
    public static implicit operator Result<T>(T value) => Success(value);

    /// <summary>Lets a method declared to return Result&lt;T&gt; return an Error.</summary>
    public static implicit operator Result<T>(Error error) => Failure(error);
}
