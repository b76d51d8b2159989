namespace Tocsin.Server.Web.Analyst;

/// <summary>The texts of the ingest pages and the contributions inbox: <c>IngestTexts.resx</c> (English) and
/// <c>IngestTexts.fr.resx</c> (French), read through <c>IStringLocalizer&lt;IngestTexts&gt;</c>.</summary>
public sealed class IngestTexts
{
    private IngestTexts()
    {
    }
}
