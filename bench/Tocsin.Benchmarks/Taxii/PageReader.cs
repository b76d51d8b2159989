using System.Text.Json;

namespace Tocsin.Benchmarks.Taxii;

/// <summary>Reads GET responses into one buffer it keeps and reuses, so that the driver, which runs in the server's
/// process and on the same cores, allocates nothing per page of its own: a <c>byte[]</c> per page of 600 kB would
/// put the client's garbage collection into the server's figures.</summary>
internal sealed class PageReader
{
    private byte[] _buffer = new byte[1 << 20];

    /// <summary>The last response's body.</summary>
    public ReadOnlySpan<byte> Body => _buffer.AsSpan(0, Length);

    /// <summary>The length of the last response's body.</summary>
    public int Length { get; private set; }

    /// <summary>GETs <paramref name="url"/> and reads the whole body; throws unless the answer is 200.</summary>
    public async Task<int> ReadAsync(HttpClient client, Uri url)
    {
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync();
        Length = 0;
        while (true)
        {
            if (Length == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            var read = await body.ReadAsync(_buffer.AsMemory(Length));
            if (read == 0)
            {
                return Length;
            }

            Length += read;
        }
    }

    /// <summary>The <c>next</c> of the last envelope, read from its head (written before the objects).</summary>
    public string? Next() => NextOf(Body);

    /// <summary>The <c>next</c> of an envelope, read from its head (written before the objects).</summary>
    public static string? NextOf(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
            {
                if (reader.ValueTextEquals("next"u8))
                {
                    reader.Read();
                    return reader.GetString();
                }

                if (reader.ValueTextEquals("objects"u8))
                {
                    return null;
                }

                reader.Read();
                reader.Skip();
            }
        }

        return null;
    }
}
