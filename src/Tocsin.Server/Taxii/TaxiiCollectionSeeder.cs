using Tocsin.Storage;

namespace Tocsin.Server.Taxii;

/// <summary>Creates the collections the settings file lists (<c>Tocsin:Taxii:Collections</c>) whose alias does
/// not exist yet, when the server starts. Existing collections are left as they are, including one that another
/// node created while this one was starting.</summary>
internal sealed partial class TaxiiCollectionSeeder(ITocsinStore store, TaxiiSettings settings, ILogger<TaxiiCollectionSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var seed in settings.Collections)
        {
            if (await store.FindCollectionAsync(seed.Alias, cancellationToken) is not null)
            {
                continue;
            }

            var added = await store.AddCollectionAsync(seed.Alias, seed.Title, seed.Description, cancellationToken);
            if (!added.IsSuccess && await store.FindCollectionAsync(seed.Alias, cancellationToken) is not null)
            {
                // Another node starting at the same time created it first.
                continue;
            }

            if (!added.IsSuccess)
            {
                throw new InvalidOperationException($"Tocsin:Taxii:Collections: {added.Error.Message}");
            }

            LogCreated(logger, seed.Alias, added.Value.Id);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Created TAXII collection {Alias} ({Id})")]
    private static partial void LogCreated(ILogger logger, string alias, Guid id);
}
