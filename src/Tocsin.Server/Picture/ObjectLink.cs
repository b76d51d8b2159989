using Tocsin.Core.Stix;

namespace Tocsin.Server.Picture;

/// <summary>A readable object named in a view: its STIX id, type and a label to show (its <c>name</c>, else a note's
/// <c>abstract</c>, else the id).</summary>
public sealed record ObjectLink(string Id, string Type, string Name)
{
    /// <summary>The link of a readable version.</summary>
    public static ObjectLink Of(StixObject stix)
    {
        ArgumentNullException.ThrowIfNull(stix);
        return new(stix.Id, stix.Type, StixFields.Text(stix.Root, "name") ?? StixFields.Text(stix.Root, "abstract") ?? stix.Id);
    }
}
