namespace Tocsin.Server.Web.Report;

/// <summary>One line of the report page: the measure, the answer chosen (none: not answered now) and a comment.</summary>
public sealed class ReportFormLine
{
    /// <summary>The measure id.</summary>
    public string? Measure { get; set; }

    /// <summary><c>implemented</c>, <c>partial</c>, <c>not-possible</c>, or empty.</summary>
    public string? Status { get; set; }

    /// <summary>Optional comment.</summary>
    public string? Comment { get; set; }
}
