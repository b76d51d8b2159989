using Tocsin.Storage;

namespace Tocsin.Cli;

/// <summary>Opens the embedded store of <c>--data DIR</c> for a command.</summary>
public static class CliStore
{
    /// <summary>The store in <paramref name="dataDirectory"/>.</summary>
    public static async Task<ITocsinStore> OpenAsync(string dataDirectory, TimeProvider clock, CancellationToken cancellationToken)
    {
        var opened = await StoreOpener.OpenAsync(null, dataDirectory, clock, cancellationToken);
        return opened.Value;
    }
}
