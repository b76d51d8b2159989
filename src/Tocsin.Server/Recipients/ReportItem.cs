namespace Tocsin.Server.Recipients;

/// <summary>One line of a report as the API and the report page receive it.</summary>
/// <param name="Measure">The measure id, one addressed to the recipient.</param>
/// <param name="Status"><c>implemented</c>, <c>partial</c> or <c>not-possible</c>.</param>
/// <param name="Comment">Optional free text, at most 2000 characters.</param>
public sealed record ReportItem(string? Measure, string? Status, string? Comment);
