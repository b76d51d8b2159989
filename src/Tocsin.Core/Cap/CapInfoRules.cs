using System.Text.RegularExpressions;

namespace Tocsin.Core.Cap;

/// <summary>The checks of one <c>info</c> block (§3.2.2) and of what it holds.</summary>
internal static partial class CapInfoRules
{
    public static void Validate(CapInfo info, string path, CapIssueList issues)
    {
        if (info.Language is not null && !LanguageTag().IsMatch(info.Language))
        {
            issues.Error(path + "/language", "cap-language-format", $"'{info.Language}' is not a language tag such as 'fr-FR' (xs:language).");
        }

        if (info.Categories.Count == 0)
        {
            issues.Error(path + "/category", "cap-required", "An info block has at least one <category>.");
        }

        issues.Required(path + "/event", info.Event);
        issues.Text(path + "/audience", info.Audience);
        Pairs(issues, path + "/eventCode", info.EventCodes);
        CapValidator.WholeSeconds(issues, path + "/effective", info.Effective);
        CapValidator.WholeSeconds(issues, path + "/onset", info.Onset);
        CapValidator.WholeSeconds(issues, path + "/expires", info.Expires);
        issues.Text(path + "/senderName", info.SenderName);
        issues.Text(path + "/headline", info.Headline);
        issues.Text(path + "/description", info.Description);
        issues.Text(path + "/instruction", info.Instruction);
        issues.Text(path + "/contact", info.Contact);
        if (info.Web is not null && !IsAbsoluteUri(info.Web))
        {
            issues.Error(path + "/web", "cap-web-not-absolute", "<web> is a full absolute URI (§3.2.2).");
        }

        Pairs(issues, path + "/parameter", info.Parameters);
        for (var i = 0; i < info.Resources.Count; i++)
        {
            Resource(issues, $"{path}/resource[{i + 1}]", info.Resources[i]);
        }

        for (var i = 0; i < info.Areas.Count; i++)
        {
            Area(issues, $"{path}/area[{i + 1}]", info.Areas[i]);
        }
    }

    private static void Pairs(CapIssueList issues, string path, IReadOnlyList<CapValuePair> pairs)
    {
        for (var i = 0; i < pairs.Count; i++)
        {
            issues.Required($"{path}[{i + 1}]/valueName", pairs[i].ValueName);
            issues.Text($"{path}[{i + 1}]/value", pairs[i].Value);
        }
    }

    private static void Resource(CapIssueList issues, string path, CapResource resource)
    {
        issues.Required(path + "/resourceDesc", resource.ResourceDesc);
        issues.Required(path + "/mimeType", resource.MimeType);
        issues.Text(path + "/uri", resource.Uri);
        issues.Text(path + "/derefUri", resource.DerefUri);
        issues.Text(path + "/digest", resource.Digest);
    }

    private static void Area(CapIssueList issues, string path, CapArea area)
    {
        issues.Required(path + "/areaDesc", area.AreaDesc);
        for (var i = 0; i < area.Polygons.Count; i++)
        {
            CapGeometryRules.Polygon(issues, $"{path}/polygon[{i + 1}]", area.Polygons[i]);
        }

        for (var i = 0; i < area.Circles.Count; i++)
        {
            CapGeometryRules.Circle(issues, $"{path}/circle[{i + 1}]", area.Circles[i]);
        }

        Pairs(issues, path + "/geocode", area.Geocodes);
        if (area.Ceiling is not null && area.Altitude is null)
        {
            issues.Error(path + "/ceiling", "cap-ceiling-without-altitude", "<ceiling> is used only together with <altitude> (§3.2.4).");
        }
    }

    // Uri.TryCreate alone takes "/path" for an absolute file URI on Unix; a written scheme is required.
    private static bool IsAbsoluteUri(string value) =>
        SchemePrefix().IsMatch(value) && Uri.TryCreate(value, UriKind.Absolute, out _);

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:", RegexOptions.CultureInvariant)]
    private static partial Regex SchemePrefix();

    // xs:language: RFC 3066 shaped tags.
    [GeneratedRegex("^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();
}
