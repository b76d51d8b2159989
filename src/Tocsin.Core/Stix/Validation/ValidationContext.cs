using System.Text.Json;

namespace Tocsin.Core.Stix.Validation;

/// <summary>The state of one validation: the object, what has been learnt about it so far and the
/// issues found. Rules read it and report through it; it is never shared between objects.</summary>
internal sealed class ValidationContext
{
    private readonly List<ValidationIssue> _issues = [];

    public ValidationContext(StixObject stixObject, ObjectKind kind)
    {
        Object = stixObject;
        Root = stixObject.Root;
        Type = stixObject.Type;
        Kind = kind;
        ObjectId = string.IsNullOrEmpty(stixObject.Id) ? null : stixObject.Id;
    }

    /// <summary>A context for an object embedded in another (an SCO of the deprecated observed-data
    /// <c>objects</c>, §4.14): issues name the outer object and the path from its root to <paramref name="root"/>;
    /// the caller adds them to the outer context.</summary>
    public ValidationContext(ValidationContext outer, JsonElement root, string type, string container, string key)
    {
        ArgumentNullException.ThrowIfNull(outer);
        Object = outer.Object;
        Root = root;
        Type = type;
        Kind = ObjectKind.Of(type, root);
        ObjectId = outer.ObjectId;
        Path.Push(container);
        Path.Push(key);
    }

    public StixObject Object { get; }

    public JsonElement Root { get; }

    /// <summary><c>type</c>, or empty when absent or not a string.</summary>
    public string Type { get; }

    /// <summary>How the object is treated for the category-dependent rules.</summary>
    public ObjectKind Kind { get; }

    public string? ObjectId { get; }

    /// <summary>The rules of the object's type, if any; the common pass hands it the properties it does not own.</summary>
    public IStixTypeRule? TypeRule { get; init; }

    /// <summary>Which properties of the type's table the pass has seen (bit = the property's index).</summary>
    public ulong SeenTypeProperties { get; set; }

    /// <summary>Where the walk is; rules push and pop around nested values.</summary>
    public JsonPathBuilder Path { get; } = new();

    public IReadOnlyList<ValidationIssue> Issues => _issues;

    /// <summary>Reports a broken MUST at the current path.</summary>
    public void Error(string rule, string message) => Add(ValidationSeverity.Error, Path.ToString(), rule, message);

    /// <summary>Reports a broken MUST at the current path plus <paramref name="property"/>.</summary>
    public void ErrorAt(string property, string rule, string message) =>
        Add(ValidationSeverity.Error, Path.With(property), rule, message);

    /// <summary>Reports an unfollowed SHOULD at <c>$.id</c> (used for the SCO id check, after the pass).</summary>
    public void WarningAtId(string rule, string message) => Add(ValidationSeverity.Warning, "$.id", rule, message);

    /// <summary>Reports an unfollowed SHOULD at the current path.</summary>
    public void Warning(string rule, string message) => Add(ValidationSeverity.Warning, Path.ToString(), rule, message);

    /// <summary>Adds issues found by another checker (Tocsin's extension rules).</summary>
    public void AddRange(IReadOnlyList<ValidationIssue> issues) => _issues.AddRange(issues);

    private void Add(ValidationSeverity severity, string path, string rule, string message) =>
        _issues.Add(new ValidationIssue(severity, ObjectId, path, rule, message));
}
