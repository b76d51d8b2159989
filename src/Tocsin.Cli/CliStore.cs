using Tocsin.Storage;

namespace Tocsin.Cli;

/// <summary>Opens the store a command works on: the embedded store of <c>--data DIR</c>, or the database the
/// <c>Tocsin__Database</c> environment variable names (the same configuration key the server reads, so one
/// setting points the server and every command at PostgreSQL).</summary>
public static class CliStore
{
    /// <summary>The environment variable naming the database (see <see cref="StoreOpener"/>).</summary>
    public const string DatabaseVariable = "Tocsin__Database";

    /// <summary>The store of this installation.</summary>
    /// <exception cref="CliStoreException">The database setting is malformed or unsupported.</exception>
    public static async Task<ITocsinStore> OpenAsync(string dataDirectory, TimeProvider clock, CancellationToken cancellationToken)
    {
        var opened = await StoreOpener.OpenAsync(Environment.GetEnvironmentVariable(DatabaseVariable), dataDirectory, clock, cancellationToken);
        return opened.IsSuccess ? opened.Value : throw new CliStoreException(opened.Error.Message);
    }
}
