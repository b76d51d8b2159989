using System.Xml;
using System.Xml.Schema;

namespace Tocsin.Server.Tests;

/// <summary>Validates bytes against the official CAP-v1.2.xsd copied from Tocsin.Testing's samples: no
/// network, no resolver, DTDs prohibited.</summary>
internal static class CapXsd
{
    private static readonly Lazy<XmlSchemaSet> Schemas = new(Load);

    /// <summary>Every schema error and warning (except the "no schema information" warnings of the lax-processed
    /// XML-Signature); empty when valid.</summary>
    public static IReadOnlyList<string> Validate(byte[] xml)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            ValidationType = ValidationType.Schema,
            Schemas = Schemas.Value,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings,
        };
        settings.ValidationEventHandler += (_, e) =>
        {
            // The XSD takes the xmldsig Signature with processContents="lax": with no dsig schema loaded, the
            // validator can only warn that it has none for those elements, which is what lax asks for.
            if (e.Severity == XmlSeverityType.Warning && e.Message.StartsWith("Could not find schema information", StringComparison.Ordinal))
            {
                return;
            }

            problems.Add($"{e.Exception.LineNumber}:{e.Exception.LinePosition}: {e.Severity}: {e.Message}");
        };
        using var reader = XmlReader.Create(new MemoryStream(xml), settings);
        while (reader.Read())
        {
        }

        return problems;
    }

    private static XmlSchemaSet Load()
    {
        var set = new XmlSchemaSet { XmlResolver = null };
        var path = Path.Combine(AppContext.BaseDirectory, "Samples", "cap", "CAP-v1.2.xsd");
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        set.Add(null, reader);
        set.Compile();
        return set;
    }
}
