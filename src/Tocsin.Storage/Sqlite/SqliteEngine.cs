using Tocsin.Core;
using Tocsin.Core.Stix;

namespace Tocsin.Storage.Sqlite;

/// <summary>Sqlite's own SQL behind the store: migrations, import and page queries.</summary>
internal sealed class SqliteEngine(SqliteDatabase database) : IStoreEngine
{
    private readonly SqliteMigrator _migrator = new(database);
    private readonly SqliteObjectWriter _writer = new(database);
    private readonly SqliteObjectQuery _query = new(database);

    public Task MigrateAsync(CancellationToken cancellationToken) => _migrator.MigrateAsync(cancellationToken);

    public Task<ImportResult> AddAsync(Guid collectionId, IReadOnlyList<StixObject> objects, CancellationToken cancellationToken) =>
        _writer.AddAsync(collectionId, objects, cancellationToken);

    public Task<Result<ObjectPage>> QueryAsync(Guid collectionId, ObjectQuery query, CancellationToken cancellationToken) =>
        _query.QueryAsync(collectionId, query, cancellationToken);

    public Task<long> CountAsync(Guid collectionId, CancellationToken cancellationToken) => _query.CountAsync(collectionId, cancellationToken);
}
