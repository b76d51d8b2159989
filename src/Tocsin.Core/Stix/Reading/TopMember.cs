namespace Tocsin.Core.Stix.Reading;

/// <summary>The top-level members the reader cares about.</summary>
internal enum TopMember
{
    /// <summary>Any other member; its value is skipped.</summary>
    Other,

    /// <summary><c>type</c>.</summary>
    Type,

    /// <summary><c>objects</c>.</summary>
    Objects,

    /// <summary><c>id</c>.</summary>
    Id,
}
