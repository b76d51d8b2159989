using Tocsin.Storage.Sqlite;

namespace Tocsin.Storage.Tests;

/// <summary>The in-process queue for SQLite's one write lock: one turn at a time, the next writer woken when the
/// turn is given back, a turn given back once however often it is disposed, and a cancelled wait that takes no turn.</summary>
public sealed class SqliteWriteQueueTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static SqliteDatabase Database() =>
        new(Path.Combine(Path.GetTempPath(), "tocsin-tests", Guid.NewGuid().ToString("N") + ".db"), TimeProvider.System);

    [Fact]
    public async Task A_second_writer_waits_until_the_first_gives_its_turn_back()
    {
        var database = Database();
        var first = await database.QueueToWriteAsync(Ct);
        var second = database.QueueToWriteAsync(Ct);
        await Task.Delay(50, Ct);
        var waitedWhileHeld = !second.IsCompleted;

        first.Dispose();
        using var turn = await second.WaitAsync(TimeSpan.FromMinutes(1), Ct);

        Assert.True(waitedWhileHeld);
    }

    [Fact]
    public async Task A_turn_disposed_twice_is_given_back_once()
    {
        var database = Database();
        var first = await database.QueueToWriteAsync(Ct);
        first.Dispose();
        first.Dispose();

        using var second = await database.QueueToWriteAsync(Ct);
        var third = database.QueueToWriteAsync(Ct);
        await Task.Delay(50, Ct);

        Assert.False(third.IsCompleted);
        second.Dispose();
        (await third.WaitAsync(TimeSpan.FromMinutes(1), Ct)).Dispose();
    }

    [Fact]
    public async Task A_cancelled_wait_takes_no_turn()
    {
        var database = Database();
        var held = await database.QueueToWriteAsync(Ct);
        using var cancel = new CancellationTokenSource();
        var waiting = database.QueueToWriteAsync(cancel.Token);

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        held.Dispose();

        using var next = await database.QueueToWriteAsync(Ct).WaitAsync(TimeSpan.FromMinutes(1), Ct);
    }
}
