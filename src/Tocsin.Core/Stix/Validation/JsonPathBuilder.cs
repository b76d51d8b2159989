using System.Globalization;
using System.Text;

namespace Tocsin.Core.Stix.Validation;

/// <summary>The JSONPath of the value being checked, kept as a stack of segments so that a path
/// string is only built when an issue is reported.</summary>
internal sealed class JsonPathBuilder
{
    private readonly List<(string? Name, int Index)> _segments = new(16);

    /// <summary>Enters the property <paramref name="name"/>.</summary>
    public void Push(string name) => _segments.Add((name, -1));

    /// <summary>Enters the list item at <paramref name="index"/>.</summary>
    public void Push(int index) => _segments.Add((null, index));

    /// <summary>How many segments deep the current path is (1 for a top-level property).</summary>
    public int Depth => _segments.Count;

    /// <summary>Leaves the innermost segment.</summary>
    public void Pop() => _segments.RemoveAt(_segments.Count - 1);

    /// <summary>The current path, e.g. <c>$.external_references[1].source_name</c>.</summary>
    public override string ToString() => Build(null);

    /// <summary>The current path with one more property, without pushing it.</summary>
    public string With(string name) => Build(name);

    private string Build(string? extra)
    {
        var builder = new StringBuilder("$", 64);
        foreach (var (name, index) in _segments)
        {
            Append(builder, name, index);
        }

        if (extra is not null)
        {
            Append(builder, extra, -1);
        }

        return builder.ToString();
    }

    private static void Append(StringBuilder builder, string? name, int index)
    {
        if (name is null)
        {
            builder.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
        }
        else if (IsPlain(name))
        {
            builder.Append('.').Append(name);
        }
        else
        {
            builder.Append("['").Append(name.Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
        }
    }

    private static bool IsPlain(string name)
    {
        if (name.Length == 0 || char.IsAsciiDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }
}
