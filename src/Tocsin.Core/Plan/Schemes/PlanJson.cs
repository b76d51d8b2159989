using System.Text.Json;
using System.Text.RegularExpressions;

namespace Tocsin.Core.Plan.Schemes;

/// <summary>Shared settings and patterns for plan data files.</summary>
internal static partial class PlanJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    public static partial Regex KebabKey();

    [GeneratedRegex("^#[0-9A-F]{6}$", RegexOptions.CultureInvariant)]
    public static partial Regex Colour();

    [GeneratedRegex("^[A-Z]{3}$", RegexOptions.CultureInvariant)]
    public static partial Regex CountryAlpha3();

    [GeneratedRegex("^[a-z]{2,3}$", RegexOptions.CultureInvariant)]
    public static partial Regex Language();

    [GeneratedRegex("^P(?:(?<d>[0-9]{1,4})D)?(?:T(?<h>[0-9]{1,5})H)?$", RegexOptions.CultureInvariant)]
    public static partial Regex Duration();
}
