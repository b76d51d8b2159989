using System.Text.Json;

namespace Tocsin.Cli.Commands;

/// <summary><c>tocsin validate --format json</c>: one JSON document with the counts and every problem
/// listed (<c>files</c>, <c>objects</c>, <c>errors</c>, <c>warnings</c>, <c>problems[]</c> with
/// <c>file</c>, <c>index</c>, <c>object_id</c>, <c>path</c>, <c>severity</c>, <c>rule</c>, <c>message</c>).</summary>
internal static class ValidationJsonReport
{
    public static void Write(Utf8JsonWriter json, ValidationTally tally, IEnumerable<ValidationFinding> findings)
    {
        json.WriteStartObject();
        json.WriteNumber("files", tally.Files);
        json.WriteNumber("objects", tally.Objects);
        json.WriteNumber("errors", tally.Errors);
        json.WriteNumber("warnings", tally.Warnings);
        json.WriteStartArray("problems");
        foreach (var f in findings)
        {
            json.WriteStartObject();
            json.WriteString("file", f.File);
            if (f.Index is { } index)
            {
                json.WriteNumber("index", index);
            }
            else
            {
                json.WriteNull("index");
            }

            json.WriteString("object_id", f.ObjectId);
            json.WriteString("path", f.Path);
            json.WriteString("severity", f.Level);
            json.WriteString("rule", f.Rule);
            json.WriteString("message", f.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
