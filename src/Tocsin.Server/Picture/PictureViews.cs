using System.Security.Claims;
using Tocsin.Server.Classification;

namespace Tocsin.Server.Picture;

/// <summary>The one use case behind the incident and actor pages and their API: builds the view for the signed-in
/// staff member from their cleared snapshot, and records the versions it shows through <paramref name="recorder"/>
/// (docs/read-log.md) before handing the view back. Callers pass their read path (<c>web</c> or <c>api</c>).</summary>
public sealed class PictureViews(ReadGate gate, PictureReader picture, ReadRecorder recorder)
{
    /// <summary>A page of the incidents <paramref name="user"/> may read that pass <paramref name="filter"/>.</summary>
    public async Task<IncidentListPage> IncidentsAsync(ClaimsPrincipal user, IncidentFilter filter, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (reader, snapshot) = await SnapshotAsync(user, cancellationToken);
        var shown = IncidentList.Page(snapshot, filter);
        await recorder.RecordAsync(reader, path, shown.Versions, cancellationToken);
        return shown.View;
    }

    /// <summary>The incident <paramref name="id"/> with its attribution view, or null when the reader may not read it
    /// or it does not exist (callers answer both the same way).</summary>
    public async Task<IncidentDetail?> IncidentAsync(ClaimsPrincipal user, string id, string path, CancellationToken cancellationToken)
    {
        var (reader, snapshot) = await SnapshotAsync(user, cancellationToken);
        if (IncidentViews.Detail(id, snapshot) is not { } shown)
        {
            return null;
        }

        await recorder.RecordAsync(reader, path, shown.Versions, cancellationToken);
        return shown.View;
    }

    /// <summary>The threat actors and intrusion sets the reader may read whose name or aliases contain
    /// <paramref name="text"/> (every one when blank), by name.</summary>
    public async Task<IReadOnlyList<ActorSummary>> ActorsAsync(ClaimsPrincipal user, string? text, string path, CancellationToken cancellationToken)
    {
        var (reader, snapshot) = await SnapshotAsync(user, cancellationToken);
        var shown = ActorViews.List(snapshot, text);
        await recorder.RecordAsync(reader, path, shown.Versions, cancellationToken);
        return shown.View;
    }

    /// <summary>The actor <paramref name="id"/>, or null when unknown or withheld (answered alike).</summary>
    public async Task<ActorDetail?> ActorAsync(ClaimsPrincipal user, string id, string path, CancellationToken cancellationToken)
    {
        var (reader, snapshot) = await SnapshotAsync(user, cancellationToken);
        if (ActorViews.Detail(id, snapshot) is not { } shown)
        {
            return null;
        }

        await recorder.RecordAsync(reader, path, shown.Versions, cancellationToken);
        return shown.View;
    }

    private async Task<(StaffReader Reader, PictureSnapshot Snapshot)> SnapshotAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var reader = await gate.ForAsync(user, cancellationToken);
        return (reader, await picture.SnapshotAsync(reader, cancellationToken));
    }
}
