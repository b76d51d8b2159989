using System.Diagnostics;
using System.Reflection;

namespace Tocsin.Storage.Tracing;

/// <summary>Traces of the store's commands: one activity per call of a store operation (<c>ITocsinStore</c> and its
/// feature stores such as <c>store.Plan</c>), named after the interface and method (<c>IPlanStore.FindAsync</c>),
/// lasting until the returned task completes, marked as an error when it faults. Listen to
/// <see cref="SourceName"/> (OpenTelemetry: <c>AddSource("Tocsin.Storage")</c>). When nobody listens a call costs
/// one check more than calling the store directly; no activity is created.</summary>
/// <remarks>PostgreSQL's own statement-level spans come from Npgsql's activity source, <c>Npgsql</c>.</remarks>
public static class StoreTracing
{
    /// <summary>The name of the activity source and of the <c>db.system</c> tag's owner.</summary>
    public const string SourceName = "Tocsin.Storage";

    internal static readonly ActivitySource Source = new(SourceName);

    /// <summary><paramref name="store"/> with every call traced; the same object's behaviour otherwise.</summary>
    public static ITocsinStore Traced(ITocsinStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return (ITocsinStore)Wrap(typeof(ITocsinStore), store);
    }

    internal static object Wrap(Type contract, object target)
    {
        var proxy = DispatchProxy.Create(contract, typeof(TracedCalls));
        ((TracedCalls)proxy).Bind(contract, target);
        return proxy;
    }
}
