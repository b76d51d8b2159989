using System.Globalization;
using System.Xml.Linq;

namespace Tocsin.Core.Cap;

/// <summary>Walks the children of one element in the order of an XSD <c>xs:sequence</c>: each call takes
/// the next child only if it has the expected name, so an element out of order is left over and reported
/// by <see cref="End"/> together with unknown ones.</summary>
internal sealed class CapElementCursor
{
    private static readonly XNamespace Cap = CapXml.Namespace;
    private static readonly XNamespace Dsig = CapXml.XmlDsigNamespace;

    private readonly XElement[] _children;
    private readonly List<string> _problems;
    private int _next;

    public CapElementCursor(XElement parent, string path, List<string> problems)
    {
        _children = parent.Elements().ToArray();
        _problems = problems;
        Path = path;
        if (parent.Nodes().OfType<XText>().Any(t => !string.IsNullOrWhiteSpace(t.Value)))
        {
            Problem("", "holds text between its elements");
        }
    }

    public string Path { get; }

    /// <summary>A cursor over <paramref name="element"/>, a child of this one, sharing the problem list.</summary>
    public CapElementCursor Child(XElement element, string step) => new(element, $"{Path}/{step}", _problems);

    public void Problem(string name, string message) =>
        _problems.Add(string.IsNullOrEmpty(name) ? $"{Path}: {message}" : $"{Path}/{name}: {message}");

    public XElement? Next(string name)
    {
        if (_next < _children.Length && _children[_next].Name == Cap + name)
        {
            return _children[_next++];
        }

        return null;
    }

    public List<XElement> All(string name)
    {
        var all = new List<XElement>();
        while (Next(name) is { } element)
        {
            all.Add(element);
        }

        return all;
    }

    /// <summary>Optional text; an empty element reads as absent.</summary>
    public string? Optional(string name) => Next(name) is { } element ? TextOf(element, name) : null;

    public string Required(string name)
    {
        if (Next(name) is { } element)
        {
            return TextOf(element, name) ?? "";
        }

        Problem(name, "is required and missing (or out of order)");
        return "";
    }

    public List<string> Texts(string name) => All(name).Select(e => TextOf(e, name) ?? "").ToList();

    public T? Parsed<T>(string name, bool required, Func<string, T?> parse, string expected)
        where T : struct
    {
        var text = required ? Required(name) : Optional(name);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var value = parse(text);
        if (value is null)
        {
            Problem(name, $"'{text}' is not {expected}");
        }

        return value;
    }

    public DateTimeOffset? Time(string name, bool required) =>
        Parsed(name, required, t => CapTime.Parse(t.Trim()) is { IsSuccess: true } r ? r.Value : (DateTimeOffset?)null,
            "a CAP date-time YYYY-MM-DDThh:mm:ss±hh:mm (no 'Z', no fractions)");

    public decimal? Decimal(string name) =>
        Parsed<decimal>(name, false, t => decimal.TryParse(t.Trim(), NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var d) ? d : null,
            "a decimal number");

    /// <summary>Reports what was not taken: unknown elements and elements out of the XSD order. When
    /// <paramref name="allowSignature"/> is set, trailing XML-Signature elements (the XSD's
    /// <c>xs:any namespace="…xmldsig#"</c>) are accepted and ignored.</summary>
    public void End(bool allowSignature = false)
    {
        for (; _next < _children.Length; _next++)
        {
            var element = _children[_next];
            if (allowSignature && element.Name.Namespace == Dsig)
            {
                continue;
            }

            var name = element.Name.Namespace == Cap ? element.Name.LocalName : element.Name.ToString();
            Problem(name, "is unknown here or out of the order CAP 1.2 requires");
        }
    }

    private string? TextOf(XElement element, string name)
    {
        if (element.HasElements)
        {
            Problem(name, "holds elements where text is expected");
        }

        return element.Value.Length == 0 ? null : element.Value;
    }
}
