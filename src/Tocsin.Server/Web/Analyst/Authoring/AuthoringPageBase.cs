using Microsoft.AspNetCore.Components;
using Tocsin.Core;
using Tocsin.Core.Stix;
using Tocsin.Server.Api;
using Tocsin.Server.Authoring;
using Tocsin.Server.Classification;
using Tocsin.Storage.Reads;

namespace Tocsin.Server.Web.Analyst.Authoring;

/// <summary>What every authoring page shares: the reader's clearance, reading an object as the reader may ("withheld
/// looks like unknown": 404 for both), recording what the page shows, and answering a refused save with its status.</summary>
public abstract class AuthoringPageBase : ComponentBase
{
    /// <summary>The request.</summary>
    [CascadingParameter] protected HttpContext? HttpContext { get; set; }

    /// <summary>The clearance machinery.</summary>
    [Inject] protected ReadGate Gate { get; set; } = null!;

    /// <summary>The read record.</summary>
    [Inject] protected ReadRecorder Recorder { get; set; } = null!;

    /// <summary>The picture as the reader sees it.</summary>
    [Inject] protected PictureLookup Lookup { get; set; } = null!;

    /// <summary>Writes the picture.</summary>
    [Inject] protected PictureAuthoring Authoring { get; set; } = null!;

    /// <summary>The clock forms start their times from.</summary>
    [Inject] protected TimeProvider Clock { get; set; } = null!;

    /// <summary>Where a saved form goes.</summary>
    [Inject] protected NavigationManager Navigation { get; set; } = null!;

    /// <summary>The refusals of the last post.</summary>
    protected FormErrors Errors { get; private set; } = new();

    /// <summary>True when the object the page is about is unknown or withheld.</summary>
    protected bool NotFound { get; private set; }

    /// <summary>False when the object an edit form is about was created by another organisation: only its creator versions
    /// it (STIX 2.1 §3.6), so the form is not offered.</summary>
    protected bool Editable { get; private set; } = true;

    /// <summary>The request's cancellation.</summary>
    protected CancellationToken Aborted => HttpContext?.RequestAborted ?? CancellationToken.None;

    /// <summary>The signed-in user.</summary>
    protected System.Security.Claims.ClaimsPrincipal User => HttpContext?.User ?? new System.Security.Claims.ClaimsPrincipal();

    /// <summary>The latest version of <paramref name="id"/> of one of <paramref name="types"/> the reader may read, recorded
    /// as read through the web; null (and a 404 answer) otherwise.</summary>
    protected async Task<StixObject?> ReadAsync(string id, params string[] types)
    {
        var reader = await Gate.ForAsync(User, Aborted);
        if (await Lookup.VisibleAsync(reader, id, types, current: false, Aborted) is { } found)
        {
            await Recorder.RecordAsync(reader, ReadPaths.Web, [found], Aborted);
            return found;
        }

        AnswerNotFound();
        return null;
    }

    /// <summary>The latest readable version of the object <paramref name="id"/> an edit form starts from, with
    /// <see cref="Editable"/> set; null for a new object (no id) or an unknown or withheld one (answered 404).</summary>
    protected async Task<StixObject?> EditedAsync(string? id, string type)
    {
        if (id is null || await ReadAsync(id, type) is not { } latest)
        {
            return null;
        }

        Editable = await IsOursAsync(latest);
        return latest;
    }

    /// <summary>Shows the form's own <paramref name="refusals"/>, or saves and goes to <paramref name="next"/> of the saved
    /// version, or shows the refusal of the save with its status. A refused form writes nothing.</summary>
    protected async Task SubmitAsync(IReadOnlyList<Error> refusals, Func<Task<Result<StixObject>>> save, Func<StixObject, string> next)
    {
        ArgumentNullException.ThrowIfNull(refusals);
        ArgumentNullException.ThrowIfNull(save);
        ArgumentNullException.ThrowIfNull(next);
        if (refusals.Count > 0)
        {
            Refuse(refusals);
            return;
        }

        var saved = await save();
        if (!saved.IsSuccess)
        {
            Refuse([saved.Error]);
            return;
        }

        Navigation.NavigateTo(next(saved.Value));
    }

    /// <summary>Answers the site's not-found page, exactly as for an unknown address.</summary>
    protected void AnswerNotFound()
    {
        NotFound = true;
        Navigation.NotFound();
    }

    /// <summary>Shows <paramref name="errors"/> and answers with the status of the first (422 for a field).</summary>
    protected void Refuse(IReadOnlyList<Error> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        Errors = new FormErrors().Add(errors);
        SetStatus(Problems.StatusOf(errors[0].Kind));
    }

    /// <summary>True when our organisation created <paramref name="version"/>: only then may it be edited (STIX 2.1 §3.6).</summary>
    protected async Task<bool> IsOursAsync(StixObject version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return (await Gate.ContextAsync(Aborted)).IsOurs(version.CreatedByRef);
    }

    private void SetStatus(int status)
    {
        if (HttpContext is { Response.HasStarted: false } http)
        {
            http.Response.StatusCode = status;
        }
    }
}
