namespace Tocsin.Cli.Demo;

/// <summary>A clock that says what it is told: the historical instant being recorded, so that the demo's history
/// goes through the ordinary rules with the times it really had.</summary>
internal sealed class HistoricalClock : TimeProvider
{
    public DateTimeOffset Now { get; set; }

    public override DateTimeOffset GetUtcNow() => Now;
}
