using Tocsin.Server.Authoring;

namespace Tocsin.Server.Web.Analyst.Authoring;

/// <summary>What the assertion form posts.</summary>
public sealed class AssertionForm
{
    /// <summary>Who is said to have done it (an id).</summary>
    public string? Target { get; set; }

    /// <summary>Who says so (an identity id).</summary>
    public string? AssertedBy { get; set; }

    /// <summary>claim, assessment or accusation.</summary>
    public string? Basis { get; set; }

    /// <summary>When they said it, <c>yyyy-MM-ddTHH:mm</c> UTC.</summary>
    public string? AssertedAt { get; set; }

    /// <summary>Admiralty grade, e.g. B2.</summary>
    public string? Grade { get; set; }

    /// <summary>The report it was read in (an id), optional.</summary>
    public string? Report { get; set; }

    /// <summary>The assertion in words.</summary>
    public string? Description { get; set; }

    /// <summary>TLP.</summary>
    public string? Marking { get; set; }

    /// <summary>The fields.</summary>
    public AssertionFields ToFields() => new(Target, AssertedBy, Basis, AssertedAt, Grade, Report, Description, Marking);
}
