using Microsoft.Extensions.Options;
using Tocsin.Core.Plan;

namespace Tocsin.Server.Plan;

/// <summary>Reads the configured measures catalogues at start, so that a bad file stops the server naming the file,
/// the JSON path and the problem rather than failing on the first page that lists measures.</summary>
internal sealed class MeasureCatalogueValidation : IValidateOptions<MeasureCatalogueOptions>
{
    public ValidateOptionsResult Validate(string? name, MeasureCatalogueOptions options)
    {
        var (_, problems) = MeasureCatalogueFiles.Load(PlanCatalogue.Default, options.MeasureCatalogues);
        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(problems.Select(p => $"{MeasureCatalogueOptions.Section}:{nameof(MeasureCatalogueOptions.MeasureCatalogues)}: {p}"));
    }
}
