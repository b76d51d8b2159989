using System.Globalization;
using Tocsin.Storage;

namespace Tocsin.Server.Audit;

/// <summary>Pages through the audit log for administrators (API and page alike), filtering as it reads.</summary>
public sealed class AuditBrowser(ITocsinStore store)
{
    // The log is read in chunks and filtered here; a rare action among millions of entries must not make one request
    // read them all, so a page stops after this many entries looked at and says where to continue.
    private const int ScanBudget = 5000;
    private const int Chunk = 500;

    /// <summary>One page of the entries <paramref name="filter"/> selects, from <see cref="AuditEntryFilter.From"/>.</summary>
    public async Task<AuditEntryPage> PageAsync(AuditEntryFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var principals = await store.ListPrincipalsAsync(cancellationToken);
        var names = principals.ToDictionary(p => p.Id.ToString("D"), p => p.Name, StringComparer.Ordinal);
        // The log records a principal by id; people filter by the name they know.
        if (principals.FirstOrDefault(p => string.Equals(p.Name, filter.Actor, StringComparison.Ordinal)) is { } named)
        {
            filter = filter with { Actor = named.Id.ToString("D") };
        }

        var items = new List<AuditEntryResponse>();
        var position = filter.From;
        var scanned = 0;
        while (items.Count < filter.Limit && scanned < ScanBudget)
        {
            var read = 0;
            await foreach (var entry in store.Audit.ReadAsync(position, Chunk, cancellationToken))
            {
                read++;
                scanned++;
                position = entry.Sequence + 1;
                if (filter.Selects(entry))
                {
                    items.Add(AuditEntryResponse.Of(entry, names));
                    if (items.Count == filter.Limit)
                    {
                        break;
                    }
                }
            }

            if (read < Chunk && items.Count < filter.Limit)
            {
                return new AuditEntryPage(items, null);
            }
        }

        // Whether anything lies beyond is known only by looking: an exact end gives no next.
        await foreach (var _ in store.Audit.ReadAsync(position, 1, cancellationToken))
        {
            return new AuditEntryPage(items, position);
        }

        return new AuditEntryPage(items, null);
    }

    /// <summary>The text of a <c>next</c> value.</summary>
    public static string Cursor(long next) => next.ToString(CultureInfo.InvariantCulture);
}
