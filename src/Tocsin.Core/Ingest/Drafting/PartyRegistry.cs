using Tocsin.Core.Stix;

namespace Tocsin.Core.Ingest.Drafting;

/// <summary>The identities of parties that assert or are accused, one per name however often they are
/// named; written once all their spans are known.</summary>
internal sealed class PartyRegistry
{
    private readonly Dictionary<string, (string Id, string Label, string Description, bool Government, List<TextSpan> Spans)> _parties = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public string IdFor(string identityName, string label, string description, bool government, IEnumerable<TextSpan> spans)
    {
        if (!_parties.TryGetValue(identityName, out var party))
        {
            party = (StixId.NewRandom("identity").ToString(), label, description, government, []);
            _parties[identityName] = party;
            _order.Add(identityName);
        }

        party.Spans.AddRange(spans);
        return party.Id;
    }

    public List<DraftItem> Write(DraftWriter writer)
    {
        var items = new List<DraftItem>(_order.Count);
        foreach (var name in _order)
        {
            var (id, label, description, government, spans) = _parties[name];
            var distinct = spans.Distinct().OrderBy(s => s.Start).ToList();
            var stix = writer.Write("identity", id, w =>
            {
                w.WriteString("name", name);
                w.WriteString("description", description);
                w.WriteString("identity_class", "organization");
                if (government)
                {
                    DraftWriter.Strings(w, "sectors", ["government-national"]);
                }
            }, new Provenance("party", distinct, 80));
            items.Add(new DraftItem { Field = DraftField.Party, Id = id, Object = stix, Label = label, Spans = distinct, Confidence = 80 });
        }

        return items;
    }
}
