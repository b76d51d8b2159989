using System.Diagnostics;
using System.Globalization;
using Tocsin.Storage;

namespace Tocsin.Benchmarks.Taxii;

/// <summary>What each store read of one TAXII GET costs on its own, called in process in a loop: the reads the
/// request makes before its page query (sign-in's second-factor check, the collection, the grant, the clearance, the
/// sharing settings and our marking definitions), then a <c>match[id]</c> page query.</summary>
internal static class TaxiiReadBreakdown
{
    private const int Warm = 200;
    private const int Timed = 2_000;

    public static async Task PrintAsync(ITocsinStore store, Guid analyst, Collection collection)
    {
        var none = CancellationToken.None;
        var id = (await store.QueryObjectsAsync(collection.Id, new ObjectQuery { Limit = 1 }, none)).Value.Items[0].Object.Id;
        Console.WriteLine("| store read of one GET | µs per call |");
        Console.WriteLine("|---|---:|");
        await TimeAsync("second factors held (sign-in)", () => store.SecondFactors.HoldsAnyAsync(analyst, none));
        await TimeAsync("collection by id", () => store.FindCollectionAsync(collection.Id.ToString(), none));
        await TimeAsync("grant on the collection", () => store.RightsAsync(collection.Id, analyst, none));
        await TimeAsync("clearance", () => store.Classification.FindClearanceAsync(analyst, none));
        await TimeAsync("sharing settings", () => store.Sharing.GetSettingsAsync(none));
        await TimeAsync("our marking definitions", () => store.Classification.MarkingDefinitionsAsync(none));
        await TimeAsync("page query, match[id]", () => store.QueryObjectsAsync(collection.Id, new ObjectQuery { Ids = [id] }, none));
    }

    private static async Task TimeAsync(string name, Func<Task> call)
    {
        for (var i = 0; i < Warm; i++)
        {
            await call();
        }

        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Timed; i++)
        {
            await call();
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {clock.Elapsed.TotalMicroseconds / Timed:F1} |"));
    }
}
