using Tocsin.Core;

namespace Tocsin.Server.Authoring;

/// <summary>The refusals of picture authoring (docs/authoring.md, "Refusals"). A refusal about one field has the
/// code <c>{field}-invalid</c> or <c>{field}-required</c>, so a form shows it beside that field.</summary>
public static class AuthoringErrors
{
    /// <summary>A field's value breaks a rule (422).</summary>
    public static Error Invalid(string field, string message) => new($"{field}-invalid", message);

    /// <summary>A field the operation cannot do without is blank (422).</summary>
    public static Error Required(string field, string message) => new($"{field}-required", message);

    /// <summary>No object of that type with that id, or one the reader may not read: the same answer (404).</summary>
    public static Error NotFound(string id) => new("object-not-found", $"No object '{id}' in the picture.");

    /// <summary>Only the creator versions an object (STIX 2.1 §3.6): another organisation's object is never edited (409).</summary>
    public static Error NotOurs(string id, string? creator) =>
        new Error("object-not-ours", $"'{id}' was created by {creator ?? "an unnamed party"}, not by our organisation; only its creator may version it. Record an opinion or a new object instead.")
        { Kind = ErrorKind.Conflict };

    /// <summary>The save names a version that is no longer the latest: someone saved in between (409).</summary>
    public static Error Stale(string id, string edited, string current) =>
        new Error("version-stale", $"'{id}' changed since version {edited} was opened: the latest version is {current}. Reload it and apply your change again.")
        { Kind = ErrorKind.Conflict };

    /// <summary>The principal holds no write grant on the picture (403).</summary>
    public static Error WriteForbidden() => new("picture-write-forbidden", "You may not add objects to the picture (no write grant).");

    /// <summary>The object built from the fields is not valid STIX (422).</summary>
    public static Error ObjectInvalid(string issue) => new("object-invalid", $"The object is not valid STIX and was not saved: {issue}");

    /// <summary>The store already holds different content under this id and version (409).</summary>
    public static Error VersionConflict(string id, string? version) => new("conflict", $"{id} version {version} is already stored with different content.");

    /// <summary>The field of a field refusal (<c>{field}-invalid</c>, <c>{field}-required</c>), or null for any other error.</summary>
    public static string? FieldOf(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        foreach (var suffix in (string[])["-invalid", "-required"])
        {
            if (error.Code.EndsWith(suffix, StringComparison.Ordinal) && error.Code != "object-invalid")
            {
                return error.Code[..^suffix.Length];
            }
        }

        return null;
    }
}
