namespace Tocsin.Storage;

/// <summary>An engine's forward-only migrations.</summary>
internal interface ISchemaMigrator
{
    /// <summary>Applies pending migrations.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);
}
