using System.Diagnostics.CodeAnalysis;
using Npgsql;

namespace Tocsin.Cli.Commands;

/// <summary>Reads a PostgreSQL database setting: <c>postgres:Host=…;Database=…</c> (Npgsql keywords after the
/// prefix) or a URI <c>postgres://user:pass@host:port/db</c> / <c>postgresql://…</c> (query parameters become
/// keywords, e.g. <c>?sslmode=require</c>).</summary>
internal static class PostgresConnectionText
{
    /// <summary>The Npgsql connection string of <paramref name="database"/>; false when it names no PostgreSQL
    /// database or is malformed (unknown keyword, bad port).</summary>
    public static bool TryParse(string database, [NotNullWhen(true)] out string? connectionString)
    {
        ArgumentNullException.ThrowIfNull(database);
        connectionString = null;
        try
        {
            if (database.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || database.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            {
                connectionString = FromUri(new Uri(database));
            }
            else if (database.StartsWith("postgres:", StringComparison.OrdinalIgnoreCase))
            {
                connectionString = new NpgsqlConnectionStringBuilder(database["postgres:".Length..]).ConnectionString;
            }

            return connectionString is not null;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or KeyNotFoundException)
        {
            // UriFormatException is a FormatException; the builder throws ArgumentException on unknown keywords.
            return false;
        }
    }

    private static string FromUri(Uri uri)
    {
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (!uri.IsDefaultPort && uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        var credentials = uri.UserInfo.Split(':', 2);
        if (credentials[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(credentials[0]);
        }

        if (credentials.Length == 2)
        {
            builder.Password = Uri.UnescapeDataString(credentials[1]);
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = pair.Split('=', 2) is [var k, var v] ? (k, v) : (pair, string.Empty);
            builder[Uri.UnescapeDataString(key)] = Uri.UnescapeDataString(value);
        }

        return builder.ConnectionString;
    }
}
