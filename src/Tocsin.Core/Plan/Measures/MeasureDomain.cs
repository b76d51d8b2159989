namespace Tocsin.Core.Plan.Measures;

/// <summary>The area of public life a protective measure applies to. Catalogue files spell each
/// value in kebab-case (<c>places-of-worship</c>).</summary>
public enum MeasureDomain
{
    /// <summary>Public gatherings, events, markets.</summary>
    Gatherings,

    /// <summary>Rail, air, sea and urban transport.</summary>
    Transport,

    /// <summary>Schools and universities.</summary>
    Schools,

    /// <summary>Places of worship.</summary>
    PlacesOfWorship,

    /// <summary>Vital networks: energy, water, telecommunications.</summary>
    Networks,

    /// <summary>Information systems.</summary>
    Cyber,

    /// <summary>Government and public buildings.</summary>
    PublicBuildings,

    /// <summary>Border crossings.</summary>
    Borders,

    /// <summary>Hospitals and emergency services.</summary>
    Health,

    /// <summary>Shops and shopping centres.</summary>
    Commerce,

    /// <summary>Tourist sites, museums, theatres.</summary>
    CultureTourism,

    /// <summary>Explosive precursors and hazardous materials.</summary>
    HazardousMaterials,

    /// <summary>The country's interests and citizens abroad.</summary>
    Abroad,
}
