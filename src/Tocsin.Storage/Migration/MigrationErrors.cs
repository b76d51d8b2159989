using Tocsin.Core;

namespace Tocsin.Storage.Migration;

/// <summary>Why a copy was refused before anything was written to the target.</summary>
public static class MigrationErrors
{
    /// <summary><c>source-missing</c>.</summary>
    public static Error SourceMissing(string path) => new("source-missing", $"No SQLite database at '{path}'.");

    /// <summary><c>source-invalid</c>: not a SQLite file, or not a Tocsin store.</summary>
    public static Error SourceInvalid(string path, string reason) => new("source-invalid", $"'{path}' is not a Tocsin SQLite store: {reason}.");

    /// <summary><c>source-schema-version</c>: the source is not at this build's schema, so its columns may differ.</summary>
    public static Error SourceSchemaVersion(long found, long expected) => new("source-schema-version",
        $"The source is at schema version {found}, this build expects {expected}: open it once with this build (e.g. tocsin audit verify --data DIR) to upgrade it, then migrate.");

    /// <summary><c>target-unavailable</c>: the PostgreSQL server refused the connection or the schema migration.</summary>
    public static Error TargetUnavailable(string reason) => new("target-unavailable", $"Cannot prepare the PostgreSQL target: {reason}");

    /// <summary><c>target-not-empty</c>.</summary>
    public static Error TargetNotEmpty(string table) => new("target-not-empty",
        $"The PostgreSQL target already holds data (table {table} has rows): migrate into a new, empty database.");

    /// <summary><c>schema-mismatch</c>: a source table or column the target lacks.</summary>
    public static Error SchemaMismatch(string what) => new("schema-mismatch", $"The target's schema has no {what}: both must be at the same Tocsin version.");
}
