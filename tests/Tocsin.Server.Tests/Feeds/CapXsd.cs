using System.Xml;
using System.Xml.Schema;

namespace Tocsin.Server.Tests;

/// <summary>Validates bytes against the official CAP-v1.2.xsd copied from Tocsin.Testing's samples: no
/// network, no resolver, DTDs prohibited.</summary>
internal static class CapXsd
{
    private static readonly Lazy<XmlSchemaSet> Schemas = new(Load);

    /// <summary>Every schema error and warning; empty when valid.</summary>
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
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Exception.LineNumber}:{e.Exception.LinePosition}: {e.Severity}: {e.Message}");
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
