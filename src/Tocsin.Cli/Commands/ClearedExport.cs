using System.Runtime.CompilerServices;
using Tocsin.Core.Stix;
using Tocsin.Server.Classification;
using Tocsin.Storage;
using Tocsin.Storage.Reads;

namespace Tocsin.Cli.Commands;

/// <summary>The versions of a collection that <c>tocsin export</c> writes: page by page, only what the reader may read
/// (the reference rule applied within each page), each page put on the record through <c>export</c> before its
/// versions are written.</summary>
internal sealed class ClearedExport(ITocsinStore store, StaffReader reader, ReadRecorder recorder, Collection target)
{
    public async IAsyncEnumerable<StixObject> PagesAsync(ObjectQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? cursor = null;
        do
        {
            // The cursor comes from the previous page of this same loop: it is always valid.
            var page = (await store.QueryObjectsAsync(target.Id, query with { Cursor = cursor }, cancellationToken)).Value;
            var readable = reader.Visible([.. page.Items.Select(i => i.Object)]);
            await recorder.RecordAsync(reader, ReadPaths.Export, readable, cancellationToken);
            foreach (var stixObject in readable)
            {
                yield return stixObject;
            }

            cursor = page.More ? page.Next : null;
        }
        while (cursor is not null);
    }
}
