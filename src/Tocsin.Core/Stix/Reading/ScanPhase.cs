namespace Tocsin.Core.Stix.Reading;

/// <summary>Where <see cref="BundleScanner"/> is in the file's JSON.</summary>
internal enum ScanPhase
{
    /// <summary>Before the first token.</summary>
    Start,

    /// <summary>Inside the top-level object, expecting a member name or its end.</summary>
    Members,

    /// <summary>After a top-level member name, expecting its value.</summary>
    Value,

    /// <summary>Inside the <c>objects</c> array, expecting an element or the array's end.</summary>
    Objects,

    /// <summary>Inside one element of <c>objects</c>, waiting for its end.</summary>
    Element,

    /// <summary>Inside a value nobody needs, waiting for its end.</summary>
    Skip,

    /// <summary>After the top-level object; only whitespace may follow.</summary>
    Trailing,

    /// <summary>Finished.</summary>
    Done,
}
