namespace Tocsin.Server.Plan;

/// <summary>A clock that reads another and truncates to the millisecond: DESIGN says Tocsin's own new
/// timestamps use milliseconds, and a truncated time survives any store's microsecond precision unchanged.</summary>
internal sealed class MillisecondClock(TimeProvider inner) : TimeProvider
{
    public override DateTimeOffset GetUtcNow()
    {
        var now = inner.GetUtcNow();
        return new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }
}
