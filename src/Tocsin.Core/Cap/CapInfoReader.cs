using System.Globalization;

namespace Tocsin.Core.Cap;

/// <summary>Reads <c>info</c> (§3.2.2), <c>resource</c> (§3.2.3) and <c>area</c> (§3.2.4) in XSD order.</summary>
internal static class CapInfoReader
{
    public static CapInfo Read(CapElementCursor c)
    {
        var language = c.Optional("language")?.Trim();
        var categories = Vocabulary(c, "category", CapVocabulary.ParseCategory);
        if (categories.Count == 0)
        {
            c.Problem("category", "is required and missing (or out of order)");
        }

        var info = new CapInfo
        {
            Language = language,
            Categories = categories,
            Event = c.Required("event"),
            ResponseTypes = Vocabulary(c, "responseType", CapVocabulary.ParseResponseType),
            Urgency = c.Parsed("urgency", true, CapVocabulary.ParseUrgency, "a CAP urgency") ?? default,
            Severity = c.Parsed("severity", true, CapVocabulary.ParseSeverity, "a CAP severity") ?? default,
            Certainty = c.Parsed("certainty", true, CapVocabulary.ParseCertainty, "a CAP certainty") ?? default,
            Audience = c.Optional("audience"),
            EventCodes = Pairs(c, "eventCode"),
            Effective = c.Time("effective", required: false),
            Onset = c.Time("onset", required: false),
            Expires = c.Time("expires", required: false),
            SenderName = c.Optional("senderName"),
            Headline = c.Optional("headline"),
            Description = c.Optional("description"),
            Instruction = c.Optional("instruction"),
            Web = c.Optional("web")?.Trim(),
            Contact = c.Optional("contact"),
            Parameters = Pairs(c, "parameter"),
            Resources = c.All("resource").Select((e, i) => Resource(c.Child(e, $"resource[{i + 1}]"))).ToList(),
            Areas = c.All("area").Select((e, i) => Area(c.Child(e, $"area[{i + 1}]"))).ToList(),
        };
        c.End();
        return info;
    }

    private static List<T> Vocabulary<T>(CapElementCursor c, string name, Func<string, T?> parse)
        where T : struct
    {
        var values = new List<T>();
        foreach (var text in c.Texts(name))
        {
            if (parse(text) is { } value)
            {
                values.Add(value);
            }
            else
            {
                c.Problem(name, $"'{text}' is not a CAP {name}");
            }
        }

        return values;
    }

    private static List<CapValuePair> Pairs(CapElementCursor c, string name) =>
        c.All(name).Select((e, i) =>
        {
            var pair = c.Child(e, $"{name}[{i + 1}]");
            var result = new CapValuePair(pair.Required("valueName"), pair.Optional("value") ?? "");
            pair.End();
            return result;
        }).ToList();

    private static CapResource Resource(CapElementCursor c)
    {
        var resource = new CapResource
        {
            ResourceDesc = c.Required("resourceDesc"),
            MimeType = c.Required("mimeType"),
            Size = c.Parsed<long>("size", false, t => long.TryParse(t.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null, "an integer"),
            Uri = c.Optional("uri")?.Trim(),
            DerefUri = c.Optional("derefUri"),
            Digest = c.Optional("digest"),
        };
        c.End();
        return resource;
    }

    private static CapArea Area(CapElementCursor c)
    {
        var area = new CapArea
        {
            AreaDesc = c.Required("areaDesc"),
            Polygons = c.Texts("polygon"),
            Circles = c.Texts("circle"),
            Geocodes = Pairs(c, "geocode"),
            Altitude = c.Decimal("altitude"),
            Ceiling = c.Decimal("ceiling"),
        };
        c.End();
        return area;
    }
}
