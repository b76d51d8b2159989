using System.Collections.Concurrent;
using System.Diagnostics;
using Tocsin.Storage.Tracing;

namespace Tocsin.Storage.Tests.Tracing;

/// <summary>The store's commands traced through <see cref="StoreTracing"/>: one activity per call, feature stores included,
/// nested under the caller's activity, failures marked.</summary>
public sealed class StoreTracingTests
{
    [Fact]
    public async Task Each_call_of_the_store_and_of_its_feature_stores_is_an_activity_under_the_callers()
    {
        await using var db = await TestStore.SqliteTempFileAsync();
        var store = StoreTracing.Traced(db.Store);
        using var recorded = new RecordedActivities();
        using var caller = new Activity("caller").Start();

        _ = await store.ListCollectionsAsync(TestContext.Current.CancellationToken);
        _ = await store.Audit.HeadAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["ITocsinStore.ListCollectionsAsync", "IAuditStore.HeadAsync"], (await recorded.UnderAsync(caller, 2)).Select(a => a.DisplayName));
    }

    [Fact]
    public async Task A_call_that_fails_is_an_activity_with_an_error_status_and_the_store_exception_reaches_the_caller()
    {
        await using var db = await TestStore.SqliteTempFileAsync();
        var store = StoreTracing.Traced(db.Store);
        using var recorded = new RecordedActivities();
        using var caller = new Activity("caller").Start();
        await db.ExecuteSqlAsync("DROP TABLE audit_checkpoints");

        var thrown = await Record.ExceptionAsync(() => store.Audit.ListCheckpointsAsync(TestContext.Current.CancellationToken));

        Assert.Equal((false, ActivityStatusCode.Error), (thrown is null or System.Reflection.TargetInvocationException, (await recorded.UnderAsync(caller, 1)).Single().Status));
    }

    [Fact]
    public async Task With_nobody_listening_the_traced_store_answers_like_the_store()
    {
        await using var db = await TestStore.SqliteTempFileAsync();

        var traced = await StoreTracing.Traced(db.Store).ListCollectionsAsync(TestContext.Current.CancellationToken);

        Assert.Equal(await db.Store.ListCollectionsAsync(TestContext.Current.CancellationToken), traced);
    }

    /// <summary>Every activity of the store's source while alive (other tests' too: filter by parent).</summary>
    private sealed class RecordedActivities : IDisposable
    {
        private readonly ConcurrentQueue<Activity> _stopped = new();
        private readonly ActivityListener _listener;

        public RecordedActivities()
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name == StoreTracing.SourceName,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = _stopped.Enqueue,
            };
            ActivitySource.AddActivityListener(_listener);
        }

        // An activity stops when the store's task completes, which may be just after the caller resumes.
        public async Task<IReadOnlyList<Activity>> UnderAsync(Activity caller, int expected)
        {
            for (var attempt = 0; attempt < 100 && Under(caller).Count < expected; attempt++)
            {
                await Task.Delay(10, TestContext.Current.CancellationToken);
            }

            return Under(caller);
        }

        private List<Activity> Under(Activity caller) => [.. _stopped.Where(a => a.ParentSpanId == caller.SpanId && a.TraceId == caller.TraceId)];

        public void Dispose() => _listener.Dispose();
    }
}
