using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;

namespace Tocsin.Storage.Tracing;

/// <summary>The proxy behind <see cref="StoreTracing.Traced"/>: forwards each call to the store, inside an
/// activity when someone listens. Feature stores reached through a property are traced the same way, once each.</summary>
/// <remarks>Public and not sealed only because <see cref="DispatchProxy"/> derives the proxy type from it.</remarks>
public class TracedCalls : DispatchProxy
{
    private readonly ConcurrentDictionary<MethodInfo, object> _features = new();
    private Type _contract = typeof(object);
    private object _target = new();

    internal void Bind(Type contract, object target)
    {
        _contract = contract;
        _target = target;
    }

    /// <inheritdoc />
    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (IsFeatureStore(targetMethod))
        {
            return _features.GetOrAdd(targetMethod, method => StoreTracing.Wrap(method.ReturnType, Call(method, null)!));
        }

        if (!StoreTracing.Source.HasListeners())
        {
            return Call(targetMethod, args);
        }

        var caller = Activity.Current;
        var activity = StoreTracing.Source.StartActivity($"{targetMethod.DeclaringType?.Name}.{targetMethod.Name}", ActivityKind.Internal);
        if (activity is null)
        {
            return Call(targetMethod, args);
        }

        activity.SetTag("db.operation.name", targetMethod.Name);
        try
        {
            var result = Call(targetMethod, args);
            if (result is Task task)
            {
                // The store's task carries the activity on; the caller goes on under its own, as after a synchronous call.
                Activity.Current = caller;
                _ = task.ContinueWith(Finish, activity, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                return result;
            }

            activity.Dispose();
            return result;
        }
        catch (Exception ex)
        {
            activity.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            activity.Dispose();
            Activity.Current = caller;
            throw;
        }
    }

    // A property whose value is another store interface (store.Plan, store.Audit…): fixed for the store's life.
    private static bool IsFeatureStore(MethodInfo method) =>
        method.IsSpecialName && method.Name.StartsWith("get_", StringComparison.Ordinal) && method.ReturnType.IsInterface
        && method.ReturnType.Namespace?.StartsWith("Tocsin.Storage", StringComparison.Ordinal) == true;

    private object? Call(MethodInfo method, object?[]? args)
    {
        try
        {
            return method.Invoke(_target, args);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            // The store's own exception, as if it had been called directly.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
            throw;
        }
    }

    private static void Finish(Task task, object? state)
    {
        var activity = (Activity)state!;
        if (task.IsFaulted)
        {
            activity.SetStatus(ActivityStatusCode.Error, task.Exception?.InnerException?.GetType().Name);
        }

        activity.Dispose();
    }

    /// <inheritdoc />
    public override string ToString() => $"traced {_contract.Name}";
}
