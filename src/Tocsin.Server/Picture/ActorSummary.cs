namespace Tocsin.Server.Picture;

/// <summary>One threat actor (or intrusion set) in the list: names, kinds (<c>threat_actor_types</c>), markings and how
/// many readable incidents some assertion attributes to it.</summary>
public sealed record ActorSummary(string Id, string Type, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Kinds, IReadOnlyList<string> Markings, int IncidentCount);
