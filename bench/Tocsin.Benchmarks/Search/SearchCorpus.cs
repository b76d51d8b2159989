using System.Text;
using Tocsin.Core.Classification;
using Tocsin.Core.Sharing;
using Tocsin.Core.Stix;

namespace Tocsin.Benchmarks.Search;

/// <summary>The picture the search benchmark writes and searches: the <see cref="RealisticStix"/> mix, with every
/// threat actor given transliteration variants of its name (written with their diacritics, searched without them), and
/// one object in three classified SECRET by a marking definition of our organisation, so that a reader at the scale's
/// lowest level has a third of the picture withheld, as on a real picture (docs/classification.md).</summary>
internal static class SearchCorpus
{
    /// <summary>The TLP marking every <see cref="RealisticStix"/> object carries.</summary>
    public const string Tlp = "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb";

    /// <summary>The classification level of one object in three.</summary>
    public const string Level = "SECRET";

    /// <summary>The classification marking, then <paramref name="count"/> objects of the mix (the extension-definition of
    /// classification markings first, as a picture holds it).</summary>
    public static List<StixObject> Objects(int count, string organisationIdentityId)
    {
        var secret = ClassificationMarkings.Create(SharingMarkingKind.Classification, Level, organisationIdentityId, TimeProvider.System);
        var objects = new List<StixObject>(count + 2) { ClassificationMarkings.ExtensionDefinition, secret };
        for (var i = 0; i < count; i++)
        {
            objects.Add(StixObject.FromTrusted(Encoding.UTF8.GetBytes(Adjusted(RealisticStix.ObjectText(i), i, secret.Id))));
        }

        return objects;
    }

    private static string Adjusted(string json, int i, string secret)
    {
        if (i % 10 == 6)
        {
            // A threat actor: an alias in French and one transliterated from Arabic, each with its diacritics.
            json = json.Replace("\"aliases\":[", $"\"aliases\":[\"État islamique {i}\",\"Wilāyat Khorāsān {i}\",", StringComparison.Ordinal);
        }

        return i % 3 == 0
            ? json.Replace($"\"object_marking_refs\":[\"{Tlp}\"]", $"\"object_marking_refs\":[\"{Tlp}\",\"{secret}\"]", StringComparison.Ordinal)
            : json;
    }
}
