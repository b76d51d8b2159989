using System.Globalization;
using Tocsin.Core;
using Tocsin.Server.Authoring;

namespace Tocsin.Server.Web.Analyst.Authoring;

/// <summary>What the incident form posts, as typed. The counts are text here so that a word typed in them is refused
/// beside the field rather than failing the whole post.</summary>
public sealed class IncidentForm
{
    /// <summary>Name.</summary>
    public string? Name { get; set; }

    /// <summary>Description.</summary>
    public string? Description { get; set; }

    /// <summary>completed, attempted or foiled.</summary>
    public string? Outcome { get; set; }

    /// <summary>Start, <c>yyyy-MM-ddTHH:mm</c> UTC.</summary>
    public string? StartedAt { get; set; }

    /// <summary>People killed.</summary>
    public string? Killed { get; set; }

    /// <summary>People injured.</summary>
    public string? Injured { get; set; }

    /// <summary>TLP.</summary>
    public string? Marking { get; set; }

    /// <summary>The version edited.</summary>
    public string? Modified { get; set; }

    /// <summary>The form filled from stored fields.</summary>
    public static IncidentForm From(IncidentFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return new IncidentForm
        {
            Name = fields.Name,
            Description = fields.Description,
            Outcome = fields.Outcome,
            StartedAt = FormTime.ForInput(fields.StartedAt),
            Killed = fields.Killed?.ToString(CultureInfo.InvariantCulture),
            Injured = fields.Injured?.ToString(CultureInfo.InvariantCulture),
            Marking = fields.Marking,
            Modified = fields.Modified,
        };
    }

    /// <summary>The fields, or the refusals of the counts.</summary>
    public (IncidentFields Fields, IReadOnlyList<Error> Errors) ToFields()
    {
        var errors = new List<Error>();
        var killed = Count("killed", Killed, errors);
        var injured = Count("injured", Injured, errors);
        return (new IncidentFields(Name, Description, Outcome, StartedAt, killed, injured, Marking, Modified), errors);
    }

    private static int? Count(string field, string? text, List<Error> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }

        errors.Add(AuthoringErrors.Invalid(field, $"'{text}' is not a whole number of people."));
        return null;
    }
}
