using Tocsin.Core;
using Tocsin.Server.Authoring;

namespace Tocsin.Server.Web.Analyst.Authoring;

/// <summary>A refused save as a form shows it: each field refusal beside its field, anything else above the form.</summary>
public sealed class FormErrors
{
    private readonly Dictionary<string, string> _byField = new(StringComparer.Ordinal);

    /// <summary>The refusal not about one field (another organisation's object, a stale version…), or null.</summary>
    public string? General { get; private set; }

    /// <summary>The code of <see cref="General"/>, for a page that offers a way out (reload the latest version).</summary>
    public string? GeneralCode { get; private set; }

    /// <summary>True when nothing was refused.</summary>
    public bool IsEmpty => General is null && _byField.Count == 0;

    /// <summary>The refusal of <paramref name="field"/> (<c>name</c>, <c>started-at</c>…), or null.</summary>
    public string? Of(string field) => _byField.GetValueOrDefault(field);

    /// <summary>Adds refusals: field ones by their field (the first per field), the others as the general one.</summary>
    public FormErrors Add(IEnumerable<Error> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var error in errors)
        {
            if (AuthoringErrors.FieldOf(error) is { } field)
            {
                _byField.TryAdd(field, error.Message);
            }
            else
            {
                General ??= error.Message;
                GeneralCode ??= error.Code;
            }
        }

        return this;
    }
}
