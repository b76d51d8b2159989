namespace Tocsin.Core.Ingest.Extraction;

/// <summary>Reads the level before a change from the report's other changes of the same scheme and territory:
/// "raised to urgence attentat on Sunday … The plan had been lowered in January to sécurité renforcée" is a
/// raise from sécurité renforcée. Only a change dated strictly later takes the level of the latest change
/// before it, and only when its own words give none.</summary>
internal static class LevelChain
{
    /// <summary>A level before inferred from another sentence is less sure than one stated with the change.</summary>
    private const int InferredConfidence = 60;

    public static List<LevelChangeFinding> FillPrevious(List<LevelChangeFinding> changes)
    {
        var filled = new List<LevelChangeFinding>(changes.Count);
        foreach (var change in changes)
        {
            if (change.From is not null)
            {
                filled.Add(change);
                continue;
            }

            var previous = changes
                .Where(c => c.Scheme == change.Scheme && c.Territory == change.Territory && c.To != change.To && Earlier(c.Date, change.Date))
                .OrderBy(c => c.Date, StringComparer.Ordinal)
                .LastOrDefault();
            filled.Add(previous is null ? change : change with { From = previous.To, Confidence = Math.Min(change.Confidence, InferredConfidence) });
        }

        return filled;
    }

    /// <summary>Dates as yyyy-MM-dd or yyyy-MM: earlier when it ends before the other begins ("2024-01" is before
    /// "2024-03-24", but not before "2024-01-20").</summary>
    public static bool Earlier(string date, string other)
    {
        var length = Math.Min(date.Length, other.Length);
        return string.CompareOrdinal(date[..length], other[..length]) < 0;
    }
}
