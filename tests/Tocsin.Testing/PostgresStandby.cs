namespace Tocsin.Testing;

/// <summary>A hot standby of the test cluster (<see cref="PostgresServer.StartStandbyAsync"/>), on loopback.</summary>
public sealed class PostgresStandby(int port, Func<Task> stop) : IAsyncDisposable
{
    /// <summary>Its TCP port on 127.0.0.1.</summary>
    public int Port => port;

    public async ValueTask DisposeAsync() => await stop();
}
