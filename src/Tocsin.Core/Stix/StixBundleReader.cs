using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Tocsin.Core.Stix;

/// <summary>Reads a STIX file — a bundle (STIX 2.1 §8) or a single object — from UTF-8 JSON and yields
/// its objects one by one with the exact bytes of each.</summary>
public static class StixBundleReader
{
    /// <summary>Yields every object of the file at <paramref name="utf8Json"/>. Problems with the file
    /// as a whole (not JSON, not UTF-8, neither a bundle nor an object) come as one item with index -1,
    /// after which nothing more is yielded; a bad entry inside a bundle comes as an item with its index.</summary>
    public static async IAsyncEnumerable<StixReadItem> ReadAsync(Stream utf8Json, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        await utf8Json.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException ex)
        {
            document = null!;
            _ = ex;
        }

        if (document is null)
        {
            yield return new StixReadItem(-1, null, new Error("not-json", "The file is not valid UTF-8 JSON."));
            yield break;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                yield return new StixReadItem(-1, null, new Error("not-stix", "The file holds neither a STIX bundle nor a STIX object."));
                yield break;
            }

            if (root.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "bundle")
            {
                if (!root.TryGetProperty("objects", out var objects) || objects.ValueKind != JsonValueKind.Array)
                {
                    yield break;
                }

                var index = 0;
                foreach (var item in objects.EnumerateArray())
                {
                    var parsed = StixObject.Parse(System.Text.Encoding.UTF8.GetBytes(item.GetRawText()));
                    yield return parsed.IsSuccess
                        ? new StixReadItem(index, parsed.Value, null)
                        : new StixReadItem(index, null, parsed.Error);
                    index++;
                }

                yield break;
            }

            yield return new StixReadItem(0, StixObject.FromTrusted(bytes), null);
        }
    }
}
