namespace Tocsin.Server.Web.Report;

/// <summary>What the report page posts: one line per measure addressed to the recipient.</summary>
public sealed class ReportForm
{
    /// <summary>The lines, in the order the page lists the measures.</summary>
    public List<ReportFormLine> Lines { get; set; } = [];
}
