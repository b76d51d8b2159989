namespace Tocsin.Storage.Audit;

/// <summary>Who the audit log records as the actor of the writes made in the current asynchronous flow.
/// The store API takes no actor parameter: the server sets it per request to the authenticated
/// principal's id, the CLI to <c>cli:&lt;os user&gt;</c>; anything else writes as <c>system</c>.</summary>
public static class AuditActor
{
    /// <summary>The actor when none is set.</summary>
    public const string System = "system";

    private static readonly AsyncLocal<string?> Ambient = new();

    /// <summary>The actor of writes made now.</summary>
    public static string Current => Ambient.Value ?? System;

    /// <summary>Makes <paramref name="actor"/> the actor of this flow until the returned scope is disposed
    /// (the previous actor is then restored). Flows into awaited calls and tasks started within.</summary>
    public static IDisposable Use(string actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var previous = Ambient.Value;
        Ambient.Value = actor;
        return new Scope(previous);
    }

    /// <summary>The CLI's actor: <c>cli:</c> and the operating-system user name.</summary>
    public static string Cli() => "cli:" + Environment.UserName;

    private sealed class Scope(string? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}
