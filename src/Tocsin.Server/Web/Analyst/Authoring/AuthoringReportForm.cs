using Tocsin.Server.Authoring;

namespace Tocsin.Server.Web.Analyst.Authoring;

/// <summary>What the report form posts: the objects it is about, one id per line.</summary>
public sealed class AuthoringReportForm
{
    /// <summary>Title.</summary>
    public string? Name { get; set; }

    /// <summary>Description.</summary>
    public string? Description { get; set; }

    /// <summary>Published, <c>yyyy-MM-ddTHH:mm</c> UTC.</summary>
    public string? Published { get; set; }

    /// <summary>Object ids, one per line.</summary>
    public string? ObjectRefs { get; set; }

    /// <summary>TLP.</summary>
    public string? Marking { get; set; }

    /// <summary>The version edited.</summary>
    public string? Modified { get; set; }

    /// <summary>The form filled from stored fields.</summary>
    public static AuthoringReportForm From(ReportFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return new AuthoringReportForm
        {
            Name = fields.Name,
            Description = fields.Description,
            Published = FormTime.ForInput(fields.Published),
            ObjectRefs = string.Join('\n', fields.ObjectRefs ?? []),
            Marking = fields.Marking,
            Modified = fields.Modified,
        };
    }

    /// <summary>The fields.</summary>
    public ReportFields ToFields() => new(Name, Published, ActorForm.Lines(ObjectRefs), Description, Marking, Modified);
}
