namespace Tocsin.Server.Web.Report;

/// <summary>The texts of the report page: <c>ReportTexts.resx</c> (English) and <c>ReportTexts.fr.resx</c> (French),
/// read through <c>IStringLocalizer&lt;ReportTexts&gt;</c>.</summary>
public sealed class ReportTexts
{
    private ReportTexts()
    {
    }
}
