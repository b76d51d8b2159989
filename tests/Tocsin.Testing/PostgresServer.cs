using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Tocsin.Testing;

/// <summary>A PostgreSQL server for the tests of one assembly (an xunit assembly fixture). It uses
/// <c>TOCSIN_TEST_POSTGRES</c> (an Npgsql connection string of a role that may create databases) when set;
/// otherwise it starts a throwaway cluster from the local binaries (<c>initdb</c> and <c>pg_ctl</c> from
/// <c>/usr/lib/postgresql/*/bin</c> or PATH; as root they run through <c>runuser -u postgres --</c>) on a free
/// loopback port, durability off, and removes it afterwards. With no PostgreSQL at all its tests skip visibly
/// outside CI and fail under <c>CI=true</c>: CI never silently skips.</summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string ServiceUser = "postgres";
    private string? _dataDirectory;
    private string? _binDirectory;
    private string? _adminConnectionString;
    private string? _unavailable;

    /// <summary>Start the throwaway cluster with PostgreSQL's default durability (fsync, synchronous commit,
    /// full-page writes) instead of turning it off: for benchmarks, whose figures must be what a deployment sees.</summary>
    public bool Durable { get; init; }

    /// <summary>True when running under CI (<c>CI=true</c>), where a missing PostgreSQL is a failure.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The connection string of the maintenance database (<c>postgres</c>) as a superuser.</summary>
    public string AdminConnectionString => _adminConnectionString ?? throw new InvalidOperationException(_unavailable);

    public async ValueTask InitializeAsync()
    {
        var configured = Environment.GetEnvironmentVariable("TOCSIN_TEST_POSTGRES");
        try
        {
            _adminConnectionString = string.IsNullOrWhiteSpace(configured) ? await StartClusterAsync() : configured;
        }
        catch (InvalidOperationException e)
        {
            _unavailable = e.Message;
        }
    }

    /// <summary>Skips the calling test when no PostgreSQL could be had, or fails it under CI.</summary>
    public void EnsureAvailable()
    {
        if (_unavailable is null)
        {
            return;
        }

        if (InCi)
        {
            throw new InvalidOperationException("PostgreSQL is required under CI=true: " + _unavailable);
        }

        Assert.Skip("No PostgreSQL: " + _unavailable);
    }

    /// <summary>A new empty database (a copy of <paramref name="template"/> when given); returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string? template = null)
    {
        EnsureAvailable();
        var name = "tocsin_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            // Identifiers cannot be parameters; both names are generated here or by the caller's code, never input.
            await using var command = new NpgsqlCommand(
                $"CREATE DATABASE {name}" + (template is null ? "" : $" TEMPLATE {template} STRATEGY FILE_COPY"), connection);
            await command.ExecuteNonQueryAsync();
        }

        return ConnectionStringFor(name);
    }

    /// <summary>The connection string of database <paramref name="name"/> on this server.</summary>
    public string ConnectionStringFor(string name) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;

    /// <summary>Drops the database a connection string names, closing its sessions.</summary>
    public async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Backs up the database a connection string names with <c>pg_dump -Fc</c>, as an operator would
    /// (docs/deployment.md), into a new file whose path is returned; the caller deletes it.</summary>
    public async Task<string> DumpAsync(string connectionString)
    {
        var directory = await ToolDirectoryAsync();
        var file = Path.Combine(directory, "backup.dump");
        await RunAsync(BackupTool("pg_dump"), [.. ConnectionArguments(connectionString), "-Fc", "-f", file], check: true);
        return file;
    }

    /// <summary>Restores a <see cref="DumpAsync"/> file into the (empty) database a connection string names.</summary>
    public Task RestoreAsync(string file, string connectionString) =>
        RunAsync(BackupTool("pg_restore"), [.. ConnectionArguments(connectionString), "--no-owner", "--exit-on-error", file], check: true);

    /// <summary>Starts a hot standby of the throwaway cluster (<c>pg_basebackup -R</c>, streaming replication) on a
    /// free loopback port, for tests of reads served by a replica. Disposing it stops and removes it.</summary>
    public async Task<PostgresStandby> StartStandbyAsync()
    {
        EnsureAvailable();
        if (_dataDirectory is null)
        {
            // A configured server (TOCSIN_TEST_POSTGRES) is not ours to replicate.
            if (InCi)
            {
                throw new InvalidOperationException("A standby needs the throwaway cluster; unset TOCSIN_TEST_POSTGRES under CI.");
            }

            Assert.Skip("A standby needs the throwaway cluster, not TOCSIN_TEST_POSTGRES.");
        }

        var directory = await ToolDirectoryAsync();
        var primary = new NpgsqlConnectionStringBuilder(AdminConnectionString);
        await RunAsync(Tool("pg_basebackup"), ["-h", primary.Host!, "-p", primary.Port.ToString(CultureInfo.InvariantCulture), "-U", primary.Username!,
            "-D", directory, "-R", "-X", "stream", "-c", "fast", "--no-sync"], check: true);
        var port = FreePort();
        var options = string.Join(' ', "-p", port.ToString(CultureInfo.InvariantCulture), "-c", "listen_addresses=127.0.0.1", "-k", directory,
            "-c", "max_connections=300", "-c", "hot_standby=on", "-c", "fsync=off");
        await RunAsync(Tool("pg_ctl"), ["-D", directory, "-l", Path.Combine(directory, "server.log"), "-w", "-t", "60", "-o", options, "start"], check: true);
        return new PostgresStandby(port, async () =>
        {
            await RunAsync(Tool("pg_ctl"), ["-D", directory, "-m", "immediate", "-w", "stop"], check: false);
            Directory.Delete(directory, recursive: true);
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_dataDirectory is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await RunAsync(Tool("pg_ctl"), ["-D", _dataDirectory, "-m", "immediate", "-w", "stop"], check: false);
        Directory.Delete(_dataDirectory, recursive: true);
    }

    private async Task<string> StartClusterAsync()
    {
        _binDirectory = FindBinaries() ?? throw new InvalidOperationException(
            "no initdb/pg_ctl in /usr/lib/postgresql/*/bin or on PATH (apt-get install -y postgresql), and TOCSIN_TEST_POSTGRES is not set");
        _dataDirectory = Path.Combine(Path.GetTempPath(), "tocsin-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(_dataDirectory);
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", [ServiceUser + ":", _dataDirectory], check: true);
        }

        await RunAsync(Tool("initdb"), ["-D", _dataDirectory, "-U", "tocsin", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"], check: true);
        var port = FreePort();
        var options = string.Join(' ', "-p", port.ToString(CultureInfo.InvariantCulture), "-c", "listen_addresses=127.0.0.1", "-k", _dataDirectory,
            "-c", "max_connections=300", Durable ? "" : "-c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        await RunAsync(Tool("pg_ctl"), ["-D", _dataDirectory, "-l", Path.Combine(_dataDirectory, "server.log"), "-w", "-t", "60", "-o", options, "start"], check: true);
        return new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = "tocsin",
            Database = "postgres",
            MaxPoolSize = 20,
        }.ConnectionString;
    }

    private string Tool(string name) => Path.Combine(_binDirectory!, name);

    private string BackupTool(string name)
    {
        EnsureAvailable();
        return Path.Combine(_binDirectory ?? FindBinaries() ?? throw new InvalidOperationException($"no {name} found"), name);
    }

    /// <summary>A new directory the tools may write to (owned by the service user when we are root).</summary>
    private static async Task<string> ToolDirectoryAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "tocsin-pg-tool-" + Guid.NewGuid().ToString("N")[..12]);
        // Owner-only: a standby's data directory must be 0700 for PostgreSQL to start on it.
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", [ServiceUser + ":", directory], check: true);
        }

        return directory;
    }

    private static string[] ConnectionArguments(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return ["-h", builder.Host!, "-p", builder.Port.ToString(CultureInfo.InvariantCulture), "-U", builder.Username!, "-d", builder.Database!];
    }

    private static string? FindBinaries()
    {
        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending(StringComparer.Ordinal).FirstOrDefault()
            : null;
        return installed ?? (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Runs a tool, as the postgres user when we are root (PostgreSQL refuses to run as root).</summary>
    private static async Task RunAsync(string tool, IReadOnlyList<string> arguments, bool check)
    {
        var asService = Environment.UserName == "root" && !string.Equals(tool, "chown", StringComparison.Ordinal);
        var start = new ProcessStartInfo(asService ? "runuser" : tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (asService)
        {
            foreach (var argument in (string[])["-u", ServiceUser, "--", tool])
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (check && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(tool)} exited with {process.ExitCode}: {await error}{await output}");
        }
    }
}
