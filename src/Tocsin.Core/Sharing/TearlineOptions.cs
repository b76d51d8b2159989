using System.Text.Json.Nodes;
using Tocsin.Core.Stix;

namespace Tocsin.Core.Sharing;

/// <summary>How <see cref="Tearline.Create"/> sanitises an object.</summary>
public sealed record TearlineOptions
{
    /// <summary>Fields under a granular TLP marking above this level are removed; null means the release
    /// level. Fields under any REL TO, recipients or unknown granular marking are always removed.</summary>
    public TlpLevel? RemoveGranularAbove { get; init; }

    /// <summary>The analyst's edited content to release instead of the original's properties (a JSON
    /// object; <c>id</c>, timestamps, <c>created_by_ref</c> and markings in it are ignored). The removal of
    /// granularly marked fields applies to it too, and so does the text rule: an edited text that matches the
    /// original is refused like a released one.</summary>
    public JsonObject? EditedContent { get; init; }

    /// <summary>The released text of each text property, written by the analyst (<see cref="TearlineTexts"/>).</summary>
    public TearlineTexts Texts { get; init; } = new();

    /// <summary>The marking definitions known by id, to read granular and object markings.</summary>
    public MarkingCatalogue Markings { get; init; } = MarkingCatalogue.BuiltIn;
}
