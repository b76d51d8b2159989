namespace Tocsin.Fuzz;

/// <summary>Deterministic mutations of seed inputs, for a fuzzing smoke run without AFL: the same seed always
/// gives the same inputs, so a failure in CI replays on any machine.</summary>
/// <remarks>The operators are the usual havoc ones of AFL, scaled down: flip a bit, write an interesting byte,
/// delete, duplicate or truncate a range, splice in a piece of another seed, repeat a piece many times (deep
/// nesting, long runs) and insert a byte sequence the formats give meaning to.</remarks>
public static class FuzzMutator
{
    /// <summary>The seed of the smoke run in the test suite and of <c>Tocsin.Fuzz HARNESS --mutate</c>: the same inputs
    /// in both, so a failure the tests report replays from the command line.</summary>
    public const int DefaultSeed = 20240322;

    private static readonly byte[][] Tokens =
    [
        "{"u8.ToArray(), "}"u8.ToArray(), "["u8.ToArray(), "]"u8.ToArray(), "\""u8.ToArray(), "\\u"u8.ToArray(),
        "\\ud800"u8.ToArray(), ":"u8.ToArray(), ","u8.ToArray(), "null"u8.ToArray(), "-1e999"u8.ToArray(),
        "0.0000000000000000000001"u8.ToArray(), "<"u8.ToArray(), ">"u8.ToArray(), "</"u8.ToArray(), "&amp;"u8.ToArray(),
        "<![CDATA["u8.ToArray(), "<!DOCTYPE x>"u8.ToArray(), "'"u8.ToArray(), "("u8.ToArray(), ")"u8.ToArray(),
        " AND "u8.ToArray(), " OR "u8.ToArray(), " FOLLOWEDBY "u8.ToArray(), " WITHIN "u8.ToArray(),
        " REPEATS "u8.ToArray(), " START "u8.ToArray(), " STOP "u8.ToArray(), "t'"u8.ToArray(), "h'"u8.ToArray(),
        "b'"u8.ToArray(), "&"u8.ToArray(), "="u8.ToArray(), "%"u8.ToArray(), "%ZZ"u8.ToArray(), "%00"u8.ToArray(),
        "match[version]="u8.ToArray(), "next="u8.ToArray(), "limit="u8.ToArray(), "added_after="u8.ToArray(),
        "2024-03-22T19:00:00.123456789Z"u8.ToArray(), "9999-12-31T23:59:60Z"u8.ToArray(), "--"u8.ToArray(),
        "\r\n"u8.ToArray(), "\u00a0"u8.ToArray(), "\u200b"u8.ToArray(), "%PDF-1.4\n"u8.ToArray(), "<html>"u8.ToArray(),
        [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xC3], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x00],
    ];

    private static readonly byte[] Interesting = [0x00, 0x01, 0x7F, 0x80, 0xFF, (byte)'0', (byte)'9', (byte)'-', (byte)'.', (byte)'e'];

    /// <summary><paramref name="count"/> mutations of <paramref name="seeds"/> (the seeds themselves are not among
    /// them), each named after the seed it came from and its number.</summary>
    public static IEnumerable<FuzzInput> Mutations(IReadOnlyList<FuzzInput> seeds, int count, int seed)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        if (seeds.Count == 0)
        {
            yield break;
        }

        // Not for security: a reproducible sequence is the point.
#pragma warning disable CA5394
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var parent = seeds[random.Next(seeds.Count)];
            var bytes = new List<byte>(parent.Bytes);
            var steps = 1 + random.Next(4);
            for (var s = 0; s < steps; s++)
            {
                Mutate(bytes, seeds, random);
            }

            yield return new FuzzInput($"{parent.Name} mutation {i}", bytes.ToArray());
        }
#pragma warning restore CA5394
    }

#pragma warning disable CA5394 // see Mutations
    private static void Mutate(List<byte> bytes, IReadOnlyList<FuzzInput> seeds, Random random)
    {
        var at = random.Next(bytes.Count + 1);
        var length = bytes.Count == 0 ? 0 : 1 + random.Next(Math.Min(32, bytes.Count - Math.Min(at, bytes.Count - 1)));
        switch (random.Next(8))
        {
            case 0 when at < bytes.Count:
                bytes[at] ^= (byte)(1 << random.Next(8));
                break;
            case 1 when at < bytes.Count:
                bytes[at] = Interesting[random.Next(Interesting.Length)];
                break;
            case 2 when at < bytes.Count:
                bytes.RemoveRange(at, Math.Min(length, bytes.Count - at));
                break;
            case 3 when at < bytes.Count:
                bytes.InsertRange(at, bytes.GetRange(at, Math.Min(length, bytes.Count - at)));
                break;
            case 4:
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            case 5:
                var other = seeds[random.Next(seeds.Count)].Bytes;
                var from = random.Next(other.Length + 1);
                bytes.InsertRange(at, other.Skip(from).Take(random.Next(64)));
                break;
            case 6:
                var token = Tokens[random.Next(Tokens.Length)];
                for (var n = 1 + (random.Next(10) == 0 ? random.Next(2000) : 0); n > 0; n--)
                {
                    bytes.InsertRange(at, token);
                }

                break;
            default:
                bytes.InsertRange(at, Tokens[random.Next(Tokens.Length)]);
                break;
        }
    }
#pragma warning restore CA5394
}
