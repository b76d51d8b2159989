using Tocsin.Core.Sharing;

namespace Tocsin.Server.Web.Tearlines;

/// <summary>What the tearline form posts: the original, its collection, the release marking, the button pressed
/// (<c>preview</c> recomputes who will receive it, <c>submit</c> releases or asks for approval) and one entry per text
/// property of the original.</summary>
public sealed class TearlineForm
{
    /// <summary>The original's STIX id.</summary>
    public string? ObjectId { get; set; }

    /// <summary>The collection alias or id (blank: the intelligence picture).</summary>
    public string? Collection { get; set; }

    /// <summary>clear, green, amber, amber+strict or red.</summary>
    public string? Release { get; set; }

    /// <summary><c>preview</c> or <c>submit</c>.</summary>
    public string? Action { get; set; }

    /// <summary>The text properties, in the original's order.</summary>
    public List<TearlineFieldForm> Fields { get; set; } = [];

    /// <summary>The texts as the release rules take them (<see cref="TearlineTexts"/>); <paramref name="isList"/> says which
    /// properties take one text per item. A blank written text is left out, so the rules report it missing.</summary>
    public TearlineTexts ToTexts(Func<string, bool> isList)
    {
        ArgumentNullException.ThrowIfNull(isList);
        var named = Fields.Where(f => !string.IsNullOrEmpty(f.Name)).ToList();
        return new TearlineTexts
        {
            Released = named.Where(f => (f.Mode is null or TearlineFieldForm.Write) && f.Items(isList(f.Name!)).Count > 0)
                .ToDictionary(f => f.Name!, f => f.Items(isList(f.Name!)), StringComparer.Ordinal),
            Omitted = named.Where(f => f.Mode == TearlineFieldForm.Omit).Select(f => f.Name!).ToHashSet(StringComparer.Ordinal),
            AsTheyStand = named.Where(f => f.Mode == TearlineFieldForm.AsItStands).Select(f => f.Name!).ToHashSet(StringComparer.Ordinal),
        };
    }
}
