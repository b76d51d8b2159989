using System.Globalization;
using System.Text;
using System.Text.Json;
using Tocsin.Core.Stix;

namespace Tocsin.Core.Tests.Validation;

/// <summary>A seeded generator of valid STIX 2.1 objects of many types, for property-based tests: the
/// same seed always gives the same object, so a failure names the seed that reproduces it.</summary>
internal sealed class RandomStix(int seed)
{
    private static readonly string[] _types =
    [
        "indicator", "malware", "location", "sighting", "relationship", "report", "threat-actor", "identity", "campaign",
        "note", "vulnerability", "tool", "attack-pattern", "infrastructure", "intrusion-set", "observed-data", "grouping",
        "opinion", "course-of-action", "incident", "ipv4-addr", "domain-name", "url", "file", "network-traffic", "mac-addr",
    ];

    private readonly Random _random = new(seed);

    public StixObject Next()
    {
        var type = Pick(_types);
        var json = new StringBuilder("{");
        Add(json, "type", Str(type));
        Add(json, "spec_version", Str("2.1"));
        Add(json, "id", Str(Id(type)));
        if (StixTypes.CategoryOf(type) != StixObjectCategory.CyberObservable)
        {
            var created = Time(2015, 2018);
            Add(json, "created", Str(Stamp(created, 3)));
            Add(json, "modified", Str(Stamp(created.AddSeconds(_random.Next(0, 100_000)), 3)));
            if (_random.Next(2) == 0)
            {
                Add(json, "confidence", _random.Next(0, 101).ToString(CultureInfo.InvariantCulture));
            }
        }

        AddTypeProperties(json, type);
        json[^1] = '}';
        return StixJson.Parse(json.ToString());
    }

    private void AddTypeProperties(StringBuilder json, string type)
    {
        switch (type)
        {
            case "indicator":
                var from = Time(2015, 2020);
                Add(json, "pattern", Str(Pattern()));
                Add(json, "pattern_type", Str("stix"));
                Add(json, "valid_from", Str(Stamp(from, _random.Next(0, 4))));
                Add(json, "valid_until", Str(Stamp(from.AddDays(_random.Next(1, 400)), 0)));
                Add(json, "indicator_types", List("malicious-activity", "anomalous-activity", "benign"));
                Add(json, "kill_chain_phases", """[{"kill_chain_name":"lockheed-martin-cyber-kill-chain","phase_name":"delivery"}]""");
                break;
            case "malware":
                Add(json, "name", Str(Word()));
                Add(json, "is_family", _random.Next(2) == 0 ? "true" : "false");
                Add(json, "malware_types", List("ransomware", "worm", "trojan", "backdoor"));
                AddSeen(json, "first_seen", "last_seen");
                break;
            case "location":
                Add(json, "latitude", (_random.NextDouble() * 180 - 90).ToString("R", CultureInfo.InvariantCulture));
                Add(json, "longitude", (_random.NextDouble() * 360 - 180).ToString("R", CultureInfo.InvariantCulture));
                Add(json, "region", Str(Pick(["europe", "western-africa", "south-eastern-asia"])));
                break;
            case "sighting":
                Add(json, "sighting_of_ref", Str(Id("indicator")));
                Add(json, "count", _random.Next(0, 1_000_000_000).ToString(CultureInfo.InvariantCulture));
                Add(json, "where_sighted_refs", $"[{Str(Id("identity"))}]");
                AddSeen(json, "first_seen", "last_seen");
                break;
            case "relationship":
                var (source, verb, target) = Pick<(string, string, string)>([("indicator", "indicates", "malware"), ("threat-actor", "uses", "tool"),
                    ("malware", "targets", "identity"), ("campaign", "attributed-to", "intrusion-set"), ("malware", "related-to", "file")]);
                Add(json, "relationship_type", Str(verb));
                Add(json, "source_ref", Str(Id(source)));
                Add(json, "target_ref", Str(Id(target)));
                break;
            case "report":
                Add(json, "name", Str(Word()));
                Add(json, "published", Str(Stamp(Time(2015, 2020), 3)));
                Add(json, "report_types", List("threat-report", "campaign"));
                Add(json, "object_refs", $"[{Str(Id("indicator"))},{Str(Id("malware"))}]");
                break;
            case "note":
                Add(json, "content", Str(Word() + " " + Word()));
                Add(json, "object_refs", $"[{Str(Id("report"))}]");
                break;
            case "opinion":
                Add(json, "opinion", Str(Pick(["agree", "disagree", "neutral", "strongly-agree", "strongly-disagree"])));
                Add(json, "object_refs", $"[{Str(Id("report"))}]");
                break;
            case "grouping":
                Add(json, "context", Str("suspicious-activity"));
                Add(json, "object_refs", $"[{Str(Id("indicator"))}]");
                break;
            case "observed-data":
                var first = Time(2015, 2020);
                Add(json, "first_observed", Str(Stamp(first, 0)));
                Add(json, "last_observed", Str(Stamp(first.AddMinutes(_random.Next(0, 1000)), 0)));
                Add(json, "number_observed", _random.Next(1, 1_000_000_000).ToString(CultureInfo.InvariantCulture));
                Add(json, "object_refs", $"[{Str(Id("ipv4-addr"))}]");
                break;
            case "threat-actor":
            case "intrusion-set":
            case "campaign":
            case "infrastructure":
                Add(json, "name", Str(Word()));
                AddSeen(json, "first_seen", "last_seen");
                break;
            case "identity":
                Add(json, "name", Str(Word()));
                Add(json, "identity_class", Str(Pick(["individual", "organization", "group"])));
                Add(json, "sectors", List("government", "energy", "transportation"));
                break;
            case "ipv4-addr":
                Add(json, "value", Str(string.Join('.', Enumerable.Range(0, 4).Select(_ => _random.Next(256).ToString(CultureInfo.InvariantCulture)))));
                break;
            case "domain-name":
                Add(json, "value", Str(Word() + ".example"));
                break;
            case "url":
                Add(json, "value", Str("https://" + Word() + ".example/" + Word()));
                break;
            case "mac-addr":
                Add(json, "value", Str(string.Join(':', Enumerable.Range(0, 6).Select(_ => _random.Next(256).ToString("x2", CultureInfo.InvariantCulture)))));
                break;
            case "file":
                Add(json, "name", Str(Word() + ".exe"));
                Add(json, "hashes", $"{{\"SHA-256\":{Str(HexDigits(64))},\"MD5\":{Str(HexDigits(32))}}}");
                Add(json, "size", _random.Next(0, int.MaxValue).ToString(CultureInfo.InvariantCulture));
                break;
            case "network-traffic":
                Add(json, "dst_ref", Str(Id("ipv4-addr")));
                Add(json, "dst_port", _random.Next(0, 65536).ToString(CultureInfo.InvariantCulture));
                Add(json, "protocols", """["ipv4","tcp"]""");
                break;
            default:
                Add(json, "name", Str(Word()));
                break;
        }
    }

    private string Pattern()
    {
        var observations = _random.Next(1, 4);
        var text = new StringBuilder();
        for (var i = 0; i < observations; i++)
        {
            if (i > 0)
            {
                text.Append(Pick([" AND ", " OR ", " FOLLOWEDBY "]));
            }

            text.Append('[').Append(Comparison());
            if (_random.Next(3) == 0)
            {
                text.Append(Pick([" AND ", " OR "])).Append(Comparison());
            }

            text.Append(']');
        }

        return _random.Next(4) switch
        {
            0 => $"({text}) WITHIN {_random.Next(1, 3600)} SECONDS",
            1 => $"{text} REPEATS {_random.Next(1, 10)} TIMES",
            _ => text.ToString(),
        };
    }

    private string Comparison() => _random.Next(6) switch
    {
        0 => $"ipv4-addr:value = '{_random.Next(256)}.{_random.Next(256)}.0.0/16'",
        1 => $"file:hashes.'SHA-256' = '{HexDigits(64)}'",
        2 => $"file:size > {_random.Next(0, 100000)}",
        3 => $"domain-name:value LIKE '%{Word()}%'",
        4 => $"network-traffic:dst_port IN ({_random.Next(1, 1000)}, {_random.Next(1, 1000)})",
        _ => $"file:ctime >= t'{Stamp(Time(2015, 2020), 0)}'",
    };

    private void AddSeen(StringBuilder json, string firstName, string lastName)
    {
        var first = Time(2010, 2020);
        Add(json, firstName, Str(Stamp(first, 0)));
        Add(json, lastName, Str(Stamp(first.AddHours(_random.Next(0, 10_000)), 0)));
    }

    private static void Add(StringBuilder json, string name, string rawValue) =>
        json.Append('"').Append(name).Append("\":").Append(rawValue).Append(',');

    private static string Str(string value) => JsonSerializer.Serialize(value);

    private string List(params string[] values) => "[" + string.Join(',', values.Take(_random.Next(1, values.Length + 1)).Select(Str)) + "]";

    private T Pick<T>(T[] values) => values[_random.Next(values.Length)];

    private string Word() => new([.. Enumerable.Range(0, _random.Next(3, 10)).Select(_ => (char)('a' + _random.Next(26)))]);

    private string HexDigits(int length) => new([.. Enumerable.Range(0, length).Select(_ => "0123456789abcdef"[_random.Next(16)])]);

    private DateTime Time(int fromYear, int toYear) =>
        new DateTime(fromYear, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(_random.NextInt64(0, (long)(toYear - fromYear) * 365 * 86400));

    private static string Stamp(DateTime time, int fractionDigits) => fractionDigits == 0
        ? time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
        : time.ToString("yyyy-MM-dd'T'HH:mm:ss." + new string('f', fractionDigits) + "'Z'", CultureInfo.InvariantCulture);

    private string Id(string type)
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return $"{type}--{new Guid(bytes, bigEndian: true):D}";
    }
}
