using Tocsin.Core.Cap;

namespace Tocsin.Core.Publication;

/// <summary>One CAP message publishing a decision: the model, the exact bytes every channel serves, and
/// what the feed and the store need to list it without reading the XML again.</summary>
/// <param name="Alert">The CAP model the bytes were written from.</param>
/// <param name="Xml">The CAP 1.2 bytes (<see cref="CapWriter.Write"/>).</param>
/// <param name="Headline">The headline of the first <c>info</c> (the scheme's main language).</param>
/// <param name="LevelKey">The level announced (for a Cancel, the cancelled decision's level).</param>
/// <param name="TerritoryIds">The territories covered.</param>
public sealed record DecisionMessage(CapAlert Alert, byte[] Xml, string Headline, string LevelKey, IReadOnlyList<string> TerritoryIds);
