using Tocsin.Core;

namespace Tocsin.Storage.Reads;

/// <summary>The expected failures of the read log.</summary>
public static class ReadLogErrors
{
    /// <summary>The code of <see cref="FilterInvalid"/>.</summary>
    public const string FilterInvalidCode = "read-log-filter-invalid";

    /// <summary><c>read-log-filter-invalid</c>: a filter of a read of the log cannot be used (a 400).</summary>
    public static Error FilterInvalid(string why) => new(FilterInvalidCode, "The read-log filter is invalid: " + why) { Kind = ErrorKind.Malformed };
}
