using Microsoft.Extensions.Configuration;
using Tocsin.Storage;

namespace Tocsin.Cli;

/// <summary>Opens the store a command works on: the database the <c>Tocsin:Database</c> setting names (in
/// <c>appsettings.json</c> of the working directory, or the environment variable <c>Tocsin__Database</c>: the
/// same key the server reads, so one setting points the server and every command at PostgreSQL), else the
/// embedded store of <c>--data DIR</c>.</summary>
public static class CliStore
{
    /// <summary>The environment variable naming the database (see <see cref="StoreOpener"/>).</summary>
    public const string DatabaseVariable = "Tocsin__Database";

    /// <summary>The configured database setting, or null for the embedded store.</summary>
    public static string? ConfiguredDatabase() => Configuration()["Tocsin:Database"] is { Length: > 0 } database ? database : null;

    /// <summary>The settings the server would read too: <c>appsettings.json</c> of the working directory, then the
    /// environment variables.</summary>
    public static IConfiguration Configuration() =>
        new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();

    /// <summary>The store of this installation.</summary>
    /// <exception cref="CliStoreException">The database setting is malformed or unsupported.</exception>
    public static async Task<ITocsinStore> OpenAsync(string dataDirectory, TimeProvider clock, CancellationToken cancellationToken)
    {
        var opened = await StoreOpener.OpenAsync(ConfiguredDatabase(), dataDirectory, clock, cancellationToken);
        return opened.IsSuccess ? opened.Value : throw new CliStoreException(opened.Error.Message);
    }
}
