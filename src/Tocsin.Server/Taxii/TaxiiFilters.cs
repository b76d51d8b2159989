namespace Tocsin.Server.Taxii;

/// <summary>Which URL parameters an endpoint takes (TAXII 2.1 §3.4, and each endpoint's table in §5).</summary>
[Flags]
public enum TaxiiFilters
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary><c>added_after</c>, <c>limit</c>, <c>next</c>.</summary>
    Paging = 1,

    /// <summary><c>match[id]</c>, <c>match[type]</c>.</summary>
    IdAndType = 2,

    /// <summary><c>match[version]</c>.</summary>
    Version = 4,

    /// <summary><c>match[spec_version]</c>.</summary>
    SpecVersion = 8,

    /// <summary>Get objects and get object manifests (§5.3, §5.4).</summary>
    Objects = Paging | IdAndType | Version | SpecVersion,

    /// <summary>Get an object (§5.6).</summary>
    OneObject = Paging | Version | SpecVersion,

    /// <summary>Delete an object (§5.7).</summary>
    Delete = Version | SpecVersion,

    /// <summary>Get object versions (§5.8).</summary>
    Versions = Paging | SpecVersion,
}
