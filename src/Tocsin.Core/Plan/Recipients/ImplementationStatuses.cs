namespace Tocsin.Core.Plan.Recipients;

/// <summary>The wire and storage names of <see cref="ImplementationStatus"/>.</summary>
public static class ImplementationStatuses
{
    /// <summary>Every status, in the order forms show them.</summary>
    public static IReadOnlyList<ImplementationStatus> All { get; } =
        [ImplementationStatus.Implemented, ImplementationStatus.Partial, ImplementationStatus.NotPossible];

    /// <summary>The name of <paramref name="status"/>: <c>implemented</c>, <c>partial</c> or <c>not-possible</c>.</summary>
    public static string NameOf(ImplementationStatus status) => status switch
    {
        ImplementationStatus.Implemented => "implemented",
        ImplementationStatus.Partial => "partial",
        ImplementationStatus.NotPossible => "not-possible",
    };

    /// <summary>The status named <paramref name="name"/> (exact, ordinal). Fails with <c>report-status-unknown</c>.</summary>
    public static Result<ImplementationStatus> Parse(string? name) =>
        All.Where(s => string.Equals(NameOf(s), name, StringComparison.Ordinal)).Select(s => (ImplementationStatus?)s).FirstOrDefault() is { } status
            ? status
            : new Error("report-status-unknown", $"'{name}' is not a report status; use implemented, partial or not-possible.");
}
