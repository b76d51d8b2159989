using System.Globalization;
using System.Text;

namespace Tocsin.Benchmarks;

/// <summary>Generates a realistic mix of STIX 2.1 objects for benchmarks: per 10 objects, 3 indicators,
/// 2 relationships, 1 identity, 1 threat actor, 1 incident, 1 report, 1 note — with descriptions,
/// external references and markings of the sizes seen in real feeds (mean about 700 bytes).</summary>
public static class RealisticStix
{
    private const string Tlp = "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb";
    private const string Maker = "identity--0a2bd4d2-6d58-4a5c-9a4e-f0d5b6a4c111";

    /// <summary>The objects, one JSON text each, deterministic for a given count.</summary>
    public static IReadOnlyList<byte[]> Objects(int count)
    {
        var list = new List<byte[]>(count);
        for (var i = 0; i < count; i++)
        {
            list.Add(Encoding.UTF8.GetBytes(ObjectAt(i)));
        }

        return list;
    }

    /// <summary>The objects wrapped in one bundle.</summary>
    public static byte[] Bundle(IReadOnlyList<byte[]> objects)
    {
        using var stream = new MemoryStream();
        stream.Write("{\"type\":\"bundle\",\"id\":\"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d\",\"objects\":["u8);
        for (var i = 0; i < objects.Count; i++)
        {
            if (i > 0)
            {
                stream.WriteByte((byte)',');
            }

            stream.Write(objects[i]);
        }

        stream.Write("]}"u8);
        return stream.ToArray();
    }

    /// <summary>Writes a bundle of <paramref name="count"/> objects to <paramref name="stream"/> one object at a
    /// time, for files larger than memory should hold (ids are unique for every index).</summary>
    public static void WriteBundle(Stream stream, int count)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write("{\"type\":\"bundle\",\"id\":\"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d\",\"objects\":["u8);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                stream.WriteByte((byte)',');
            }

            stream.Write(Encoding.UTF8.GetBytes(ObjectAt(i)));
        }

        stream.Write("]}"u8);
    }

    /// <summary>The <paramref name="i"/>th object's JSON text.</summary>
    public static string ObjectText(int i) => ObjectAt(i);

    private static string Id(string type, int i) => $"{type}--{new Guid(i, 0x1234, 0x4abc, 0x9a, 0xbc, 0xde, 0xf0, 0x12, 0x34, 0x56, 0x78):D}";

    private static string Time(int i) => new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(i * 37).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string Common(string type, int i) =>
        $"\"type\":\"{type}\",\"spec_version\":\"2.1\",\"id\":\"{Id(type, i)}\",\"created\":\"{Time(i)}\",\"modified\":\"{Time(i)}\",\"created_by_ref\":\"{Maker}\",\"object_marking_refs\":[\"{Tlp}\"]";

    private static string ObjectAt(int i) => (i % 10) switch
    {
        0 or 1 or 2 => "{" + Common("indicator", i) + $",\"name\":\"Infrastructure used by network {i}\",\"description\":\"Address observed in logistics communications of a cell under investigation; reported by a liaison service with moderate confidence.\",\"indicator_types\":[\"malicious-activity\"],\"pattern\":\"[ipv4-addr:value = '198.51.{i % 250}.{i % 200}']\",\"pattern_type\":\"stix\",\"valid_from\":\"{Time(i)}\",\"confidence\":60,\"labels\":[\"logistics\",\"cell-{i % 97}\"]}}",
        3 or 4 => "{" + Common("relationship", i) + $",\"relationship_type\":\"indicates\",\"source_ref\":\"{Id("indicator", i - 3)}\",\"target_ref\":\"{Id("threat-actor", i + 3)}\",\"description\":\"Analyst link between the indicator and the group, based on overlapping infrastructure.\"}}",
        5 => "{" + Common("identity", i) + $",\"name\":\"Organisation {i}\",\"identity_class\":\"organization\",\"sectors\":[\"government-national\"],\"description\":\"A public body named in open-source reporting as a target of threats.\"}}",
        6 => "{" + Common("threat-actor", i) + $",\"name\":\"Group {i}\",\"threat_actor_types\":[\"terrorist\"],\"aliases\":[\"G{i}\",\"Group-{i}\",\"Wilayat {i}\"],\"first_seen\":\"{Time(i)}\",\"goals\":[\"coerce governments through violence\"],\"description\":\"A violent extremist group active in several countries, known for external operations and online propaganda aimed at recruiting in Europe.\"}}",
        7 => "{" + Common("incident", i) + $",\"name\":\"Attack {i}\",\"description\":\"An armed assault on a public venue, with casualties reported by local authorities and later revised.\",\"external_references\":[{{\"source_name\":\"wire\",\"url\":\"https://news.example.org/story/{i}\",\"description\":\"Initial wire report\"}}]}}",
        8 => "{" + Common("report", i) + $",\"name\":\"Situation report {i}\",\"report_types\":[\"threat-report\"],\"published\":\"{Time(i)}\",\"object_refs\":[\"{Id("incident", i - 1)}\",\"{Id("threat-actor", i - 2)}\"],\"description\":\"Daily summary of incidents and claims relevant to the national threat level, compiled from partner reporting and open sources.\"}}",
        _ => "{" + Common("note", i) + $",\"abstract\":\"Analyst comment {i}\",\"content\":\"The claim appears consistent with the group's previous communications, but the attribution remains contested by one state.\",\"object_refs\":[\"{Id("incident", i - 2)}\"],\"authors\":[\"Duty analyst\"]}}",
    };
}
