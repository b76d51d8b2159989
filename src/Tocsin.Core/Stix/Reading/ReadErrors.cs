using System.Text.Json;

namespace Tocsin.Core.Stix.Reading;

/// <summary>The errors <see cref="StixBundleReader"/> reports, with their stable codes.</summary>
internal static class ReadErrors
{
    public static StixReadItem NotUtf8(string detail) =>
        FileProblem("not-utf8", $"The file is not UTF-8 JSON: {detail}. STIX 2.1 files must be UTF-8 (RFC 8259 §8.1).");

    public static StixReadItem InvalidUtf8() => NotUtf8("it holds a byte sequence that is not UTF-8");

    public static StixReadItem Empty() => FileProblem("not-json", "The file is empty.");

    public static StixReadItem NotJson(JsonException exception) =>
        FileProblem("not-json", $"The file is not valid JSON: {exception.Message}");

    public static StixReadItem NotStix(JsonTokenType topLevel) =>
        FileProblem("not-stix", $"The file holds neither a STIX bundle nor a STIX object: its top-level value is {Describe(topLevel)}, not an object.");

    public static StixReadItem ObjectsNotArray() =>
        FileProblem("bundle-objects-not-array", "The bundle's 'objects' member must be an array.");

    public static StixReadItem DuplicateObjects() =>
        FileProblem("bundle-objects-duplicate", "The bundle has more than one 'objects' member.");

    // Found by fuzzing: a second 'type' used to turn a file already read as a bundle back into a single object.
    public static StixReadItem DuplicateType() => FileProblem(
        "duplicate-type",
        "The top-level object has more than one 'type' member; STIX content is I-JSON, whose member names are unique (STIX 2.1 §1.2.10, RFC 7493 §2.3).");

    public static StixReadItem NotABundle(string? typeText) => FileProblem(
        "not-a-bundle",
        typeText is null
            ? "The file has an 'objects' array but no \"type\": \"bundle\"; its objects were read as a bundle's, but the file is not a valid STIX bundle (STIX 2.1 §8)."
            : $"The file has an 'objects' array but its type is {typeText}, not \"bundle\"; its objects were read as a bundle's, but the file is not a valid STIX bundle (STIX 2.1 §8).");

    public static StixReadItem BundleId(string? idText) => FileProblem(
        "bundle-id",
        idText is null
            ? "The bundle has no 'id'; STIX 2.1 §8.1 requires one, of the form bundle--UUID. Its objects were read."
            : $"The bundle's id {idText} is not of the form bundle--UUID (STIX 2.1 §8.1). Its objects were read.");

    public static StixReadItem ElementNotObject(int index, JsonTokenType token) =>
        new(index, null, new Error("not-an-object", $"Entry {index.ToString(System.Globalization.CultureInfo.InvariantCulture)} of 'objects' is {Describe(token)}; a STIX object must be a JSON object."));

    private static StixReadItem FileProblem(string code, string message) => new(-1, null, new Error(code, message));

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.None or JsonTokenType.StartObject or JsonTokenType.EndObject or JsonTokenType.EndArray
            or JsonTokenType.PropertyName or JsonTokenType.Comment => token.ToString(),
    };
}
