using Tocsin.Core.Classification;

namespace Tocsin.Server.Classification;

/// <summary>The deployment's classification configuration, read and checked once at start-up: the scale, the
/// national rules for partners, and from which rank staff reads are on the record.</summary>
public sealed class NationalClassification
{
    /// <summary>Reads <paramref name="settings"/>.</summary>
    /// <exception cref="InvalidOperationException">The scale cannot be loaded, the country is not an alpha-3 code,
    /// or the record level is not on the scale: a server never starts with a classification it cannot apply.</exception>
    public NationalClassification(ClassificationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var scale = ClassificationScales.Load(settings.Scale);
        if (!scale.IsSuccess)
        {
            throw new InvalidOperationException("Tocsin:Classification:Scale: " + scale.Error.Message);
        }

        var country = string.IsNullOrWhiteSpace(settings.Country) ? scale.Value.Country : settings.Country.Trim().ToUpperInvariant();
        if (country is not null && !Tocsin.Core.Sharing.PartnerProfileRules.IsCountryCode(country))
        {
            throw new InvalidOperationException($"Tocsin:Classification:Country '{settings.Country}' is not an ISO 3166-1 alpha-3 code.");
        }

        Rules = new NationalRules(scale.Value, country);
        if (string.IsNullOrWhiteSpace(settings.RecordReadsFrom))
        {
            RecordFromRank = scale.Value.Levels.Count > 1 ? 1 : int.MaxValue;
        }
        else
        {
            RecordFromRank = scale.Value.RankOf(settings.RecordReadsFrom)
                ?? throw new InvalidOperationException($"Tocsin:Classification:RecordReadsFrom '{settings.RecordReadsFrom}' is not a level of the scale ({string.Join(", ", scale.Value.Levels)}).");
        }
    }

    /// <summary>The scale and country.</summary>
    public NationalRules Rules { get; }

    /// <summary>The scale.</summary>
    public ClassificationScale Scale => Rules.Scale;

    /// <summary>The rank from which staff reads are recorded (<see cref="int.MaxValue"/>: none by level).</summary>
    public int RecordFromRank { get; }
}
