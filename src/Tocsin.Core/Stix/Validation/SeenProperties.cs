namespace Tocsin.Core.Stix.Validation;

/// <summary>Which common properties the single pass over the top level found.</summary>
[Flags]
internal enum SeenProperties
{
    None = 0,
    Type = 1,
    Id = 2,
    SpecVersion = 4,
    Created = 8,
    Modified = 16,
}
