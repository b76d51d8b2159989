using System.Text.Json;
using System.Text.Json.Nodes;
using Tocsin.Core.Stix;
using Tocsin.Core.Stix.Validation;
using Tocsin.Core.Stix.Writing;

namespace Tocsin.Core.Sharing;

/// <summary>Releases a sanitised copy of an object at a lower marking (DESIGN "Sharing"): a new object with
/// its own id, created by our organisation, marked with the release TLP and the tearline marking, and a
/// <c>derived-from</c> relationship to the original. The original is never altered, and its text is never
/// copied unless a second person releases it as it stands.</summary>
/// <remarks>A granular marking that would keep its field from the release level removes the whole
/// top-level property its selector starts in (e.g. <c>external_references.[1].url</c> removes
/// <c>external_references</c>): removing a list element would shift the indices of other selectors.
/// Rules: docs/sharing.md.</remarks>
public static class Tearline
{
    private static readonly HashSet<string> _notCopied = new(StringComparer.Ordinal)
    {
        "type", "spec_version", "id", "created_by_ref", "created", "modified", "revoked", "extensions",
        "object_marking_refs", "granular_markings",
    };

    /// <summary>Creates the tearline of <paramref name="original"/> released at <paramref name="release"/>.</summary>
    /// <remarks>A tearline is written, not copied: <see cref="TearlineOptions.Texts"/> must account for every text
    /// property (<see cref="TearlineTextRule"/>). The caller enforces the two-person rule for
    /// <see cref="TearlineResult.ReleasedAsTheyStand"/>.</remarks>
    /// <returns>The two new objects, or <c>tearline-type-refused</c> (marking or extension definitions,
    /// language content, cyber-observables), <c>object-revoked</c>, <c>tearline-type-mismatch</c> (edited
    /// content of another type), <c>tearline-text-not-text</c>, <c>tearline-text-shape</c>,
    /// <c>tearline-text-missing</c>, <c>tearline-text-copied</c> (<see cref="TearlineTexts"/>), <c>tearline-invalid</c> (the sanitised object fails validation, e.g. a
    /// required property was removed).</returns>
    /// <exception cref="ArgumentException"><paramref name="organisationIdentityId"/> is not an identity id.</exception>
    public static Result<TearlineResult> Create(StixObject original, TimeProvider clock, string organisationIdentityId, TlpLevel release, TearlineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(clock);
        options ??= new TearlineOptions();
        if (original.Category is not (StixObjectCategory.DomainObject or StixObjectCategory.RelationshipObject or StixObjectCategory.Custom))
        {
            return new Error("tearline-type-refused", $"A tearline cannot be made of a {original.Type}.");
        }

        if (original.Revoked)
        {
            return new Error("object-revoked", $"{original.Id} is revoked.");
        }

        var originalContent = JsonNode.Parse(original.Json.Span)!.AsObject();
        var source = options.EditedContent ?? originalContent;
        if (source["type"] is { } editedType && (editedType.GetValueKind() != JsonValueKind.String || editedType.GetValue<string>() != original.Type))
        {
            return new Error("tearline-type-mismatch", $"The edited content must keep the type '{original.Type}'.");
        }

        var threshold = options.RemoveGranularAbove ?? release;
        var (removed, keptGranular) = Redaction(original.Root, threshold, options.Markings);
        var written = TearlineWriting.Apply(source, originalContent, options.Texts, options.EditedContent is not null, removed);
        if (!written.IsSuccess)
        {
            return written.Error;
        }

        source = written.Value;
        removed.ExceptWith(options.Texts.Released.Keys); // newly written text is not the marked original
        var builder = StixObjectBuilder.Create(original.Type, clock).CreatedBy(organisationIdentityId);
        foreach (var (name, value) in source)
        {
            if (!_notCopied.Contains(name) && !removed.Contains(name) && value is not null)
            {
                builder.Set(name, value);
            }
        }

        if (!removed.Contains("extensions") && source["extensions"] is JsonObject extensions)
        {
            foreach (var (key, value) in extensions)
            {
                if (value is JsonObject extension)
                {
                    builder.WithExtension(key, extension);
                }
            }
        }

        builder.Set("object_marking_refs", ReleaseMarkings(original, release, options.Markings));
        var kept = keptGranular.Where(g => Selectors(g).All(s => source.ContainsKey(RootOf(s)) && !removed.Contains(RootOf(s)))).ToList();
        if (kept.Count > 0)
        {
            builder.Set("granular_markings", new JsonArray([.. kept.Select(g => g.DeepClone())]));
        }

        var sanitised = builder.Build();
        var issues = StixValidator.Validate(sanitised);
        if (StixValidator.HasErrors(issues))
        {
            return new Error("tearline-invalid", "The sanitised object is not valid STIX: "
                + string.Join("; ", issues.Where(i => i.Severity == ValidationSeverity.Error).Select(i => $"{i.Path}: {i.Message}")));
        }

        var asTheyStand = options.Texts.AsTheyStand.Where(p => sanitised.Root.TryGetProperty(p, out _)).Order(StringComparer.Ordinal).ToList();
        return new TearlineResult(sanitised, DerivedFrom(sanitised, original, organisationIdentityId, clock, options.Markings), [.. removed.Order(StringComparer.Ordinal)])
        {
            ReleasedAsTheyStand = asTheyStand,
        };
    }

    // The top-level properties to remove, and the granular markings that may stay.
    private static (HashSet<string> Removed, List<JsonNode> Kept) Redaction(JsonElement root, TlpLevel threshold, MarkingCatalogue markings)
    {
        var removed = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<JsonNode>();
        if (!root.TryGetProperty("granular_markings", out var granular) || granular.ValueKind != JsonValueKind.Array)
        {
            return (removed, kept);
        }

        foreach (var entry in granular.EnumerateArray())
        {
            var node = JsonNode.Parse(entry.GetRawText())!;
            if (!Restricts(entry, threshold, markings))
            {
                kept.Add(node);
                continue;
            }

            foreach (var selector in Selectors(node))
            {
                if (Selector.Resolve(root, selector) == Selector.Outcome.Resolved)
                {
                    removed.Add(RootOf(selector));
                }
            }
        }

        return (removed, kept);
    }

    private static bool Restricts(JsonElement entry, TlpLevel threshold, MarkingCatalogue markings)
    {
        if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("marking_ref", out var reference))
        {
            return false; // a language marking
        }

        var marking = reference.ValueKind == JsonValueKind.String ? markings.Find(reference.GetString()!) : null;
        return marking?.Kind switch
        {
            SharingMarkingKind.Tlp => marking.Level!.Value > threshold,
            SharingMarkingKind.Tearline or SharingMarkingKind.Neutral => false,
            _ => true, // REL TO, recipients, unknown: never released by a tearline
        };
    }

    private static List<string> Selectors(JsonNode granular) =>
        granular["selectors"] is JsonArray selectors
            ? [.. selectors.Where(s => s?.GetValueKind() == JsonValueKind.String).Select(s => s!.GetValue<string>())]
            : [];

    private static string RootOf(string selector)
    {
        var dot = selector.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? selector : selector[..dot];
    }

    // The release TLP, the tearline marking, and the original's markings that restrict beyond TLP
    // (REL TO, statements, unknown ones), so that a release never widens releasability.
    private static List<string> ReleaseMarkings(StixObject original, TlpLevel release, MarkingCatalogue markings)
    {
        var refs = new List<string> { TlpMarkings.IdOf(release), SharingMarkings.TearlineId };
        foreach (var id in original.ObjectMarkingRefs)
        {
            var kind = markings.Find(id)?.Kind;
            if (kind is not (SharingMarkingKind.Tlp or SharingMarkingKind.Tearline or SharingMarkingKind.Recipients) && !refs.Contains(id, StringComparer.Ordinal))
            {
                refs.Add(id);
            }
        }

        return refs;
    }

    // Marked like the original (it names the original's id), TLP:RED when the original has no TLP.
    private static StixObject DerivedFrom(StixObject sanitised, StixObject original, string organisationIdentityId, TimeProvider clock, MarkingCatalogue markings)
    {
        var refs = original.ObjectMarkingRefs.ToList();
        if (!refs.Any(id => markings.Find(id)?.Kind == SharingMarkingKind.Tlp))
        {
            refs.Add(TlpMarkings.RedId);
        }

        return StixObjectBuilder.Create("relationship", clock)
            .CreatedBy(organisationIdentityId)
            .Set("relationship_type", "derived-from")
            .Set("source_ref", sanitised.Id)
            .Set("target_ref", original.Id)
            .Set("object_marking_refs", refs)
            .Build();
    }
}
