using System.Globalization;
using System.Text.Json;

namespace Tocsin.Cli.Commands;

/// <summary><c>tocsin validate --format sarif</c>: a SARIF 2.1.0 log (OASIS) with one run, one rule per
/// rule code met and one result per problem, so code-scanning services and editors can show them.
/// STIX files carry no line numbers through the streaming reader, so a result's place is the file
/// (<c>physicalLocation.artifactLocation</c>) plus the object and JSONPath as a logical location.</summary>
internal static class ValidationSarifReport
{
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    public static void Write(Utf8JsonWriter json, IReadOnlyList<ValidationFinding> findings)
    {
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        WriteTool(json, findings);
        json.WriteStartArray("results");
        foreach (var f in findings)
        {
            WriteResult(json, f);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteTool(Utf8JsonWriter json, IReadOnlyList<ValidationFinding> findings)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "tocsin");
        json.WriteString("semanticVersion", CliVersion.Informational.Split('+')[0]);
        json.WriteStartArray("rules");
        foreach (var rule in findings.Select(f => f.Rule).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("id", rule);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, ValidationFinding f)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", f.Rule);
        json.WriteString("level", f.Level);
        json.WriteStartObject("message");
        json.WriteString("text", f.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", ArtifactUri(f.File));
        json.WriteEndObject();
        json.WriteEndObject();
        if (f.ObjectId is not null || f.Index is not null)
        {
            json.WriteStartArray("logicalLocations");
            json.WriteStartObject();
            var name = f.ObjectId ?? string.Create(CultureInfo.InvariantCulture, $"objects[{f.Index}]");
            json.WriteString("name", name);
            json.WriteString("fullyQualifiedName", name + (f.Path.StartsWith('$') ? f.Path[1..] : "." + f.Path));
            json.WriteString("kind", "object");
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>A relative path stays relative (forward slashes), so a CI service can map it onto the
    /// repository; an absolute one becomes a <c>file://</c> URI.</summary>
    private static string ArtifactUri(string file) =>
        Path.IsPathRooted(file) ? new Uri(Path.GetFullPath(file)).AbsoluteUri : file.Replace('\\', '/');
}
