namespace Tocsin.Core.Stix.Patterning;

/// <summary><c>object-type:property[.property|[index]]…</c> (§9.5.1.1).</summary>
/// <param name="ObjectType">The SCO type, e.g. <c>file</c>.</param>
/// <param name="Steps">The first property and the components after it.</param>
public sealed record ObjectPath(string ObjectType, IReadOnlyList<PathStep> Steps);
