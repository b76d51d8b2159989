using Tocsin.Core.Plan.Measures;

namespace Tocsin.Server.Recipients;

/// <summary>Where the measure catalogue of a posture's scheme comes from when addressing messages and checking reports.</summary>
/// <param name="catalogueOf">The catalogue of a scheme id.</param>
public sealed class PostureMeasures(Func<string, MeasureCatalogue> catalogueOf)
{
    /// <summary>The catalogue of <paramref name="schemeId"/>.</summary>
    public MeasureCatalogue For(string schemeId) => catalogueOf(schemeId);
}
