using Tocsin.Server.Api.Contract;

namespace Tocsin.Server.Recipients;

/// <summary>An implementation report as the API receives it.</summary>
/// <param name="Recipient">The subscriber reported for: required from staff, ignored with a report link (which names it).</param>
/// <param name="Reports">One line per measure.</param>
[RequestExample("implementation-report.json")]
public sealed record ReportRequest(Guid? Recipient, [RequiredField] IReadOnlyList<ReportItem>? Reports);
