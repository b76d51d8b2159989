using Npgsql;

namespace Tocsin.Storage;

/// <summary>Reads the PostgreSQL forms of the database setting: <c>postgres:KEY=VALUE;…</c> (an Npgsql
/// connection string after the prefix) and the URIs <c>postgres://user:password@host:port/database?…</c> and
/// <c>postgresql://…</c> that libpq and most hosting platforms hand out.</summary>
public static class PostgresConnectionString
{
    /// <summary>True when <paramref name="database"/> names PostgreSQL; <paramref name="connectionString"/> is then
    /// its Npgsql connection string, or null when the setting is malformed.</summary>
    public static bool TryParse(string database, out string? connectionString)
    {
        ArgumentNullException.ThrowIfNull(database);
        connectionString = null;
        if (database.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || database.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            connectionString = FromUri(database);
            return true;
        }

        if (database.StartsWith("postgres:", StringComparison.OrdinalIgnoreCase) || database.StartsWith("postgresql:", StringComparison.OrdinalIgnoreCase))
        {
            connectionString = FromKeyValues(database[(database.IndexOf(':', StringComparison.Ordinal) + 1)..]);
            return true;
        }

        return false;
    }

    private static string? FromKeyValues(string text)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(text);
            return string.IsNullOrEmpty(builder.Host) ? null : builder.ConnectionString;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string? FromUri(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            return null;
        }

        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
            }
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Uri.UnescapeDataString(pair[(equals + 1)..]);
            try
            {
                // libpq's sslmode has the same name and values in Npgsql; other keys pass through as Npgsql keys.
                builder[string.Equals(key, "sslmode", StringComparison.OrdinalIgnoreCase) ? "SSL Mode" : key] = value;
            }
            catch (ArgumentException)
            {
                return null;
            }
        }

        return builder.ConnectionString;
    }
}
