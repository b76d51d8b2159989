using System.Security.Claims;
using Tocsin.Server.Classification;

namespace Tocsin.Server.Plan;

/// <summary>Decisions as a staff member may see them: evidence the reader is not cleared for is absent, exactly as an
/// id the picture does not hold (no count, placeholder or grade is left of it), and the evidence shown is put on the
/// record through the path that shows it (docs/read-log.md).</summary>
public sealed class ClearedEvidence(ReadGate gate, ClearedPicture picture, ReadRecorder recorder)
{
    /// <summary><paramref name="views"/> with only the evidence <paramref name="user"/> may read, recorded as read
    /// through <paramref name="path"/> before the caller answers.</summary>
    public async Task<IReadOnlyList<DecisionView>> ForAsync(ClaimsPrincipal user, string path, IReadOnlyList<DecisionView> views, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(views);
        var cited = views.SelectMany(v => v.Evidence).Select(e => e.StixId).ToList();
        if (cited.Count == 0)
        {
            return views;
        }

        var reader = await gate.ForAsync(user, cancellationToken);
        var readable = await picture.ReadableAsync(reader, cited, cancellationToken);
        await recorder.RecordAsync(reader, path, readable, cancellationToken);
        var shown = readable.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        return [.. views.Select(v => v with { Evidence = [.. v.Evidence.Where(e => shown.Contains(e.StixId))] })];
    }
}
