namespace Tocsin.Server.Web.Decisions;

/// <summary>One object offered as evidence on the propose form: a search match or evidence already chosen. The form
/// carries its id, type and name so a round trip shows it again without searching the picture again.</summary>
public sealed class EvidencePick
{
    /// <summary>STIX id.</summary>
    public string? Id { get; set; }

    /// <summary>STIX type.</summary>
    public string? Type { get; set; }

    /// <summary>Name, when the object has one.</summary>
    public string? Name { get; set; }

    /// <summary>The grade the object carries in the picture, when it carries one (e.g. <c>B2</c>).</summary>
    public string? Carried { get; set; }

    /// <summary>True when the analyst cites it.</summary>
    public bool Chosen { get; set; }

    /// <summary>Source reliability, <c>A</c> to <c>F</c>; empty until chosen.</summary>
    public string? Reliability { get; set; }

    /// <summary>Information credibility, <c>1</c> to <c>6</c>; empty until chosen.</summary>
    public string? Credibility { get; set; }

    /// <summary>The grade as the API takes it (e.g. <c>B2</c>), or null when a part is missing.</summary>
    public string? Grade => string.IsNullOrEmpty(Reliability) || string.IsNullOrEmpty(Credibility) ? null : Reliability + Credibility;
}
