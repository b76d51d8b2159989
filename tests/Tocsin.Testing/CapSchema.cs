using System.Xml;
using System.Xml.Schema;

namespace Tocsin.Testing;

/// <summary>Validates bytes against the official CAP-v1.2.xsd, loaded from the sample copy: no network,
/// no resolver, DTDs prohibited (a document with one is reported, not processed).</summary>
public static class CapSchema
{
    private static readonly Lazy<XmlSchemaSet> Schemas = new(Load);

    /// <summary>Every schema error and warning, as "line:column: message"; empty when valid.</summary>
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
            // The XSD lets an enveloped ds:Signature through with processContents="lax": the schema has no
            // declarations for it, which is reported as a warning, not a problem with the message.
            if (e.Severity == XmlSeverityType.Warning && e.Message.StartsWith("Could not find schema information", StringComparison.Ordinal))
            {
                return;
            }

            problems.Add($"{e.Exception.LineNumber}:{e.Exception.LinePosition}: {e.Severity}: {e.Message}");
        };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(xml), settings);
            while (reader.Read())
            {
            }
        }
        catch (XmlException ex)
        {
            problems.Add($"{ex.LineNumber}:{ex.LinePosition}: not well-formed or refused: {ex.Message}");
        }

        return problems;
    }

    private static XmlSchemaSet Load()
    {
        var set = new XmlSchemaSet { XmlResolver = null };
        using var reader = XmlReader.Create(Path.Combine(AppContext.BaseDirectory, "Samples", "cap", "CAP-v1.2.xsd"), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        set.Add(null, reader);
        set.Compile();
        return set;
    }
}
