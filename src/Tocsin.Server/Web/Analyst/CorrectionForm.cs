namespace Tocsin.Server.Web.Analyst;

/// <summary>What the correction form posts: the item's corrected fields and, for an assertion, its grade.</summary>
public sealed class CorrectionForm
{
    /// <summary>Name.</summary>
    public string? Name { get; set; }

    /// <summary>Description.</summary>
    public string? Description { get; set; }

    /// <summary>People killed.</summary>
    public string? Killed { get; set; }

    /// <summary>People injured.</summary>
    public string? Injured { get; set; }

    /// <summary>The actor blamed (an id among the choices).</summary>
    public string? Actor { get; set; }

    /// <summary>Who asserts (an id among the choices).</summary>
    public string? Asserter { get; set; }

    /// <summary>claim, assessment or accusation.</summary>
    public string? Basis { get; set; }

    /// <summary>Admiralty grade, e.g. B2.</summary>
    public string? Grade { get; set; }
}
