using Tocsin.Server.Authoring;

namespace Tocsin.Server.Web.Analyst.Authoring;

/// <summary>What the opinion form posts.</summary>
public sealed class OpinionForm
{
    /// <summary>From strongly-disagree to strongly-agree.</summary>
    public string? Opinion { get; set; }

    /// <summary>Why.</summary>
    public string? Explanation { get; set; }

    /// <summary>Who holds it; the signed-in user when blank.</summary>
    public string? Authors { get; set; }

    /// <summary>TLP.</summary>
    public string? Marking { get; set; }

    /// <summary>The fields.</summary>
    public OpinionFields ToFields() => new(Opinion, Explanation, ActorForm.Lines(Authors), Marking);
}
