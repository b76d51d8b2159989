namespace Tocsin.Core.Ingest.Actors;

/// <summary>An actor named in the text: a designated organisation, a known store actor, or both.</summary>
internal sealed record ActorMention(string Name, DesignatedOrganisation? Organisation, KnownActor? Known, TextSpan Span, int FirstToken, int Confidence)
{
    /// <summary>A key identifying the actor across mentions.</summary>
    public string Key => Known?.Id ?? Organisation?.Key ?? Name;
}
