using System.Text.RegularExpressions;

namespace Tocsin.Core.Plan.Measures;

/// <summary>The spelling of measure ids and domain codes in catalogue files.</summary>
internal static partial class MeasureIds
{
    /// <summary>A measure id: letters, digits, dots, underscores and hyphens, starting with a letter or digit, at
    /// most 40 characters (<c>RSB-01</c>).</summary>
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$", RegexOptions.CultureInvariant)]
    public static partial Regex MeasureId();

    /// <summary>A domain code: 2 to 6 capital letters (<c>RSB</c>).</summary>
    [GeneratedRegex("^[A-Z]{2,6}$", RegexOptions.CultureInvariant)]
    public static partial Regex DomainCode();
}
