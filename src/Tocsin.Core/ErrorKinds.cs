namespace Tocsin.Core;

/// <summary>The default <see cref="ErrorKind"/> of each error code: the one table, so the same code is the same
/// kind of refusal on every surface. Codes ending in <c>-not-found</c> are not found, in <c>-forbidden</c> or
/// <c>-role-required</c> forbidden, in <c>-taken</c> or <c>-exists</c> conflicts; the rest are listed; any
/// other code is <see cref="ErrorKind.Invalid"/>.</summary>
public static class ErrorKinds
{
    private static readonly Dictionary<string, ErrorKind> Listed = new(StringComparer.Ordinal)
    {
        ["request-unreadable"] = ErrorKind.Malformed,
        ["invalid-json"] = ErrorKind.Malformed,
        ["not-json"] = ErrorKind.Malformed,
        ["body-invalid"] = ErrorKind.Malformed,
        ["cross-site"] = ErrorKind.Forbidden,
        ["too-large"] = ErrorKind.TooLarge,
        ["unsupported-media-type"] = ErrorKind.UnsupportedMediaType,
        ["same-person-cannot-approve"] = ErrorKind.Forbidden,
        ["not-cancellation-proposer"] = ErrorKind.Forbidden,
        ["not-proposer"] = ErrorKind.Forbidden,
        ["permission-denied"] = ErrorKind.Forbidden,
        ["already-approved"] = ErrorKind.Conflict,
        ["not-pending"] = ErrorKind.Conflict,
        ["not-approved"] = ErrorKind.Conflict,
        ["already-expired"] = ErrorKind.Conflict,
        ["cancellation-pending"] = ErrorKind.Conflict,
        ["no-cancellation-pending"] = ErrorKind.Conflict,
        ["decision-changed"] = ErrorKind.Conflict,
        ["posture-changed"] = ErrorKind.Conflict,
        ["draft-item-not-pending"] = ErrorKind.Conflict,
        ["tearline-request-decided"] = ErrorKind.Conflict,
        ["conflict"] = ErrorKind.Conflict,
        ["promotion-conflict"] = ErrorKind.Conflict,
        ["point-outside-territories"] = ErrorKind.NotFound,
        ["webhook-signature-missing"] = ErrorKind.Unauthenticated,
        ["webhook-timestamp-invalid"] = ErrorKind.Unauthenticated,
        ["webhook-signature-mismatch"] = ErrorKind.Unauthenticated,
        ["subscriber-unknown"] = ErrorKind.Unauthenticated,
    };

    /// <summary>The default kind of <paramref name="code"/>.</summary>
    public static ErrorKind Of(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (Listed.TryGetValue(code, out var kind))
        {
            return kind;
        }

        return code.EndsWith("-not-found", StringComparison.Ordinal) ? ErrorKind.NotFound
            : code.EndsWith("-forbidden", StringComparison.Ordinal) || code.EndsWith("-role-required", StringComparison.Ordinal) ? ErrorKind.Forbidden
            : code.EndsWith("-taken", StringComparison.Ordinal) || code.EndsWith("-exists", StringComparison.Ordinal) ? ErrorKind.Conflict
            : ErrorKind.Invalid;
    }
}
