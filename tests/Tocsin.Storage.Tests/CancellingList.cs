using System.Collections;
using Tocsin.Core.Stix;

namespace Tocsin.Storage.Tests;

/// <summary>A batch that cancels <paramref name="cancellation"/> when the store first reads item
/// <paramref name="cancelAt"/>: cancellation arrives while the store is working through the batch.</summary>
internal sealed class CancellingList(IReadOnlyList<StixObject> items, int cancelAt, CancellationTokenSource cancellation) : IReadOnlyList<StixObject>
{
    public StixObject this[int index]
    {
        get
        {
            if (index == cancelAt)
            {
                cancellation.Cancel();
            }

            return items[index];
        }
    }

    public int Count => items.Count;

    public IEnumerator<StixObject> GetEnumerator()
    {
        for (var i = 0; i < items.Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
