namespace Tocsin.Benchmarks.Taxii;

/// <summary>One HTTP client per server node; each request takes the next node in turn, as a round-robin load
/// balancer would send it.</summary>
internal sealed class NodeClients(IReadOnlyList<HttpClient> clients)
{
    private int _next = -1;

    public HttpClient Next => clients[(int)((uint)Interlocked.Increment(ref _next) % (uint)clients.Count)];
}
