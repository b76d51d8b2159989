namespace Tocsin.Core.Stix.Reading;

/// <summary>What the top-level object's <c>type</c> and <c>objects</c> members have shown so far,
/// and what that makes the file (the rule is in <see cref="StixBundleReader"/>'s remarks).</summary>
internal sealed class BundleShape
{
    private bool _typeSeen;
    private string? _typeText;
    private bool _idSeen;
    private string? _idText;
    private bool _idValid;

    /// <summary>A <c>type</c> member has been met.</summary>
    public bool TypeSeen => _typeSeen;

    /// <summary><c>type</c> is the string <c>"bundle"</c>.</summary>
    public bool TypeIsBundle { get; private set; }

    /// <summary>An <c>objects</c> array has been met.</summary>
    public bool ObjectsArraySeen { get; private set; }

    /// <summary>An <c>objects</c> member that is not an array has been met.</summary>
    public bool ObjectsNotArray { get; set; }

    /// <summary>The file is (being read as) a bundle rather than a single object.</summary>
    public bool IsBundle => TypeIsBundle || ObjectsArraySeen;

    /// <summary>Records the value of <c>type</c>: its text when a string (for messages), else null.</summary>
    public void SawType(bool isBundle, string? text)
    {
        _typeSeen = true;
        TypeIsBundle = isBundle;
        _typeText = text is null ? "not a string" : "\"" + text + "\"";
    }

    /// <summary>Records the value of <c>id</c>: its text when a string, else null.</summary>
    public void SawId(string? text)
    {
        _idSeen = true;
        _idText = text is null ? "not a string" : "\"" + text + "\"";
        _idValid = text is not null && StixId.TryParse(text, out var id) && id.Type == "bundle";
    }

    /// <summary>Records an <c>objects</c> array; false when there was one already.</summary>
    public bool SawObjectsArray()
    {
        var first = !ObjectsArraySeen;
        ObjectsArraySeen = true;
        return first;
    }

    /// <summary>The last item of a bundle once its top-level object has ended: null when it was a
    /// valid bundle, else why not. Only meaningful when <see cref="IsBundle"/>.</summary>
    public StixReadItem? Outcome()
    {
        if (ObjectsArraySeen)
        {
            return TypeIsBundle ? IdProblem() : ReadErrors.NotABundle(_typeSeen ? _typeText : null);
        }

        return ObjectsNotArray ? ReadErrors.ObjectsNotArray() : IdProblem();
    }

    // §8.1: a bundle's id is required and is bundle--UUID.
    private StixReadItem? IdProblem() => !TypeIsBundle || _idValid ? null : ReadErrors.BundleId(_idSeen ? _idText : null);
}
