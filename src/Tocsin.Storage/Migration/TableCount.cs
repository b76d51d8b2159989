namespace Tocsin.Storage.Migration;

/// <summary>The rows of one table in the source snapshot and in the target once committed.</summary>
public sealed record TableCount(string Table, long Source, long Target)
{
    public bool Matches => Source == Target;
}
