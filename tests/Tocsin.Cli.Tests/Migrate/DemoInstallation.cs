using System.Text;
using Microsoft.Data.Sqlite;
using Tocsin.Cli.Demo;
using Tocsin.Core.Audit;
using Tocsin.Core.Principals;
using Tocsin.Server.Signing;
using Tocsin.Storage;

namespace Tocsin.Cli.Tests.Migrate;

/// <summary>A real SQLite installation, built once per test class and only read by its tests: the demo (objects,
/// users and grants, Vigipirate decisions with their signed CAP publications), a webhook subscriber, an API key
/// and a signed audit checkpoint.</summary>
public sealed class DemoInstallation : IAsyncLifetime
{
    public CliSandbox Sandbox { get; } = new();

    public string DatabasePath => Path.Combine(Sandbox.DataDirectory, StoreOpener.DatabaseFileName);

    public async ValueTask InitializeAsync()
    {
        await using (var store = await CliStore.OpenAsync(Sandbox.DataDirectory, TimeProvider.System, CancellationToken.None))
        {
            await DemoLoader.LoadIntoEmptyAsync(store, ServerSigner.Open(Sandbox.DataDirectory, TimeProvider.System), CancellationToken.None);
            await store.Webhooks.AddSubscriberAsync(new Storage.Webhooks.Subscriber(Guid.NewGuid(), "ops", "https://203.0.113.7/hook", [], false,
                Encoding.UTF8.GetBytes("opaque"), default, null), CancellationToken.None);
            var principal = (await store.ListPrincipalsAsync(CancellationToken.None))[0];
            await store.AddApiKeyAsync(principal.Id, ApiKey.Generate(), "ci", CancellationToken.None);
            var head = (await store.Audit.HeadAsync(CancellationToken.None))!;
            await store.Audit.AddCheckpointAsync(AuditCheckpoint.Sign(head.Sequence, head.Hash, 1, _ => "sig"), CancellationToken.None);
        }

        SqliteConnection.ClearAllPools();
    }

    /// <summary>A copy of the installation's file at <paramref name="path"/>, to damage without touching the original.</summary>
    public void CopyTo(string path)
    {
        using var from = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        using var to = new SqliteConnection($"Data Source={path};Pooling=False");
        from.Open();
        from.BackupDatabase(to);
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Sandbox.Dispose();
        return ValueTask.CompletedTask;
    }
}
