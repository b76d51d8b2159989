using System.Security.Claims;
using System.Text.Json.Nodes;
using Tocsin.Core;
using Tocsin.Core.Principals;
using Tocsin.Core.Stix;
using Tocsin.Server.Auth;
using Tocsin.Server.Classification;
using Tocsin.Storage;

namespace Tocsin.Server.Authoring;

/// <summary>Writes the picture from analysts' forms, for the API and the pages alike (docs/authoring.md). Every save is
/// a new version created by our organisation (same id, <c>modified</c> strictly later), stored through
/// <see cref="ITocsinStore.AddObjectsAsync(Guid, IReadOnlyList{StixObject}, CancellationToken)"/> (validated, audited, with a <c>date_added</c>); a version is never
/// overwritten. Refusals write nothing.</summary>
/// <remarks>An edit names the version it was made from; the check that it is still the latest and the write are
/// serialised on this node, so two colleagues saving at once on one node never both win. Nodes sharing a database
/// could still interleave between check and write: each version is kept, so nothing is lost, and the history shows it.</remarks>
public sealed class PictureAuthoring(ITocsinStore store, TimeProvider clock, ServerSettings settings, PictureLookup lookup, ReadGate gate) : IDisposable
{
    private readonly SemaphoreSlim _saving = new(1, 1);

    /// <inheritdoc />
    public void Dispose() => _saving.Dispose();

    /// <summary>Creates an incident. Refusals: see <see cref="EditAsync"/>, less those about an existing object.</summary>
    public Task<Result<StixObject>> CreateIncidentAsync(ClaimsPrincipal user, IncidentFields fields, CancellationToken cancellationToken) =>
        CreateAsync(user, "incident", IncidentShape.Check(fields), fields.Marking, json => IncidentShape.Apply(json, fields), cancellationToken);

    /// <summary>Saves a new version of an incident of ours.</summary>
    public Task<Result<StixObject>> EditIncidentAsync(ClaimsPrincipal user, string id, IncidentFields fields, CancellationToken cancellationToken) =>
        EditAsync(user, id, "incident", fields.Modified, IncidentShape.Check(fields), fields.Marking, json => IncidentShape.Apply(json, fields), cancellationToken);

    /// <summary>Creates a threat actor.</summary>
    public Task<Result<StixObject>> CreateActorAsync(ClaimsPrincipal user, ActorFields fields, CancellationToken cancellationToken) =>
        CreateAsync(user, "threat-actor", ActorShape.Check(fields), fields.Marking, json => ActorShape.Apply(json, fields), cancellationToken);

    /// <summary>Saves a new version of a threat actor of ours.</summary>
    public Task<Result<StixObject>> EditActorAsync(ClaimsPrincipal user, string id, ActorFields fields, CancellationToken cancellationToken) =>
        EditAsync(user, id, "threat-actor", fields.Modified, ActorShape.Check(fields), fields.Marking, json => ActorShape.Apply(json, fields), cancellationToken);

    /// <summary>Creates a report.</summary>
    public Task<Result<StixObject>> CreateReportAsync(ClaimsPrincipal user, ReportFields fields, CancellationToken cancellationToken) =>
        CreateAsync(user, "report", ReportShape.Check(fields), fields.Marking, json => ReportShape.Apply(json, fields), cancellationToken);

    /// <summary>Saves a new version of a report of ours.</summary>
    public Task<Result<StixObject>> EditReportAsync(ClaimsPrincipal user, string id, ReportFields fields, CancellationToken cancellationToken) =>
        EditAsync(user, id, "report", fields.Modified, ReportShape.Check(fields), fields.Marking, json => ReportShape.Apply(json, fields), cancellationToken);

    /// <summary>Records an assertion about who did incident <paramref name="incidentId"/>. Besides the common refusals:
    /// <c>object-not-found</c> for an incident the reader cannot see, <c>target-invalid</c>, <c>asserted-by-invalid</c>
    /// and <c>report-invalid</c> for references the reader cannot see in the picture, <c>grade-invalid</c>.</summary>
    public async Task<Result<StixObject>> AssertAsync(ClaimsPrincipal user, string incidentId, AssertionFields fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var reader = await gate.ForAsync(user, cancellationToken);
        if (await RefusedWriteAsync(user, cancellationToken) is { } forbidden)
        {
            return forbidden;
        }

        if (await lookup.VisibleAsync(reader, incidentId, ["incident"], current: false, cancellationToken) is not { } incident)
        {
            return AuthoringErrors.NotFound(incidentId);
        }

        var errors = AssertionShape.Check(fields).ToList();
        if (errors.Count == 0)
        {
            errors.AddRange(await UnknownReferencesAsync(reader, fields, cancellationToken));
        }

        return await CreateAsync(user, "relationship", errors, fields.Marking, json => AssertionShape.Build(json, incident.Id, fields), cancellationToken);
    }

    /// <summary>Records an opinion on assertion <paramref name="assertionId"/> (an <c>attributed-to</c> relationship the
    /// reader can see; <c>object-not-found</c> otherwise), held by <paramref name="fields"/>' authors or the user.</summary>
    public async Task<Result<StixObject>> OpineAsync(ClaimsPrincipal user, string assertionId, OpinionFields fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(fields);
        var reader = await gate.ForAsync(user, cancellationToken);
        if (await RefusedWriteAsync(user, cancellationToken) is { } forbidden)
        {
            return forbidden;
        }

        if (await lookup.VisibleAsync(reader, assertionId, ["relationship"], current: false, cancellationToken) is not { } assertion
            || FieldText.Text(assertion.Root, "relationship_type") != "attributed-to")
        {
            return AuthoringErrors.NotFound(assertionId);
        }

        var author = user.Identity?.Name ?? "unknown";
        return await CreateAsync(user, "opinion", OpinionShape.Check(fields), fields.Marking, json => OpinionShape.Build(json, assertion.Id, fields, author), cancellationToken);
    }

    /// <summary>A new version of <paramref name="id"/> (of <paramref name="type"/>) from the version named by
    /// <paramref name="edited"/>. Refusals, nothing written: <c>picture-write-forbidden</c> (403) without a write grant on
    /// the picture; <c>object-not-found</c> (404) for an unknown id, another type or a version the reader may not read;
    /// field refusals (422, <c>{field}-invalid</c>/<c>{field}-required</c>); <c>object-not-ours</c> (409) for another
    /// organisation's object; <c>modified-required</c> (422) without the version edited, <c>version-stale</c> (409) when it
    /// is no longer the latest; <c>object-invalid</c> (422) or <c>conflict</c> (409) from the store.</summary>
    private async Task<Result<StixObject>> EditAsync(ClaimsPrincipal user, string id, string type, string? edited, IReadOnlyList<Error> errors,
        string? marking, Action<JsonObject> apply, CancellationToken cancellationToken)
    {
        var reader = await gate.ForAsync(user, cancellationToken);
        if (await RefusedWriteAsync(user, cancellationToken) is { } forbidden)
        {
            return forbidden;
        }

        if (await lookup.VisibleAsync(reader, id, [type], current: false, cancellationToken) is null)
        {
            return AuthoringErrors.NotFound(id);
        }

        if (errors.Count > 0)
        {
            return Joined(errors);
        }

        var context = await gate.ContextAsync(cancellationToken);
        await _saving.WaitAsync(cancellationToken);
        try
        {
            // Read again from the latest commit: the version the save is checked against is the one it follows.
            if (await lookup.VisibleAsync(reader, id, [type], current: true, cancellationToken) is not { } latest)
            {
                return AuthoringErrors.NotFound(id);
            }

            if (!context.IsOurs(latest.CreatedByRef))
            {
                return AuthoringErrors.NotOurs(id, latest.CreatedByRef);
            }

            if (Stale(latest, edited) is { } stale)
            {
                return stale;
            }

            var json = ObjectJson.NextVersion(latest, clock.GetUtcNow());
            apply(json);
            MarkingField.Apply(json, MarkingField.Parse(marking).Value);
            return await WriteAsync(ObjectJson.ToStix(json), cancellationToken);
        }
        finally
        {
            _saving.Release();
        }
    }

    private async Task<Result<StixObject>> CreateAsync(ClaimsPrincipal user, string type, IReadOnlyList<Error> errors, string? marking,
        Action<JsonObject> apply, CancellationToken cancellationToken)
    {
        if (await RefusedWriteAsync(user, cancellationToken) is { } forbidden)
        {
            return forbidden;
        }

        if (errors.Count > 0)
        {
            return Joined(errors);
        }

        var json = ObjectJson.New(type, settings.OrganizationIdentityId, clock.GetUtcNow());
        apply(json);
        MarkingField.Apply(json, MarkingField.Parse(marking).Value ?? MarkingField.Parse(MarkingField.Default).Value);
        return await WriteAsync(ObjectJson.ToStix(json), cancellationToken);
    }

    private static Error? Stale(StixObject latest, string? edited)
    {
        if (string.IsNullOrWhiteSpace(edited))
        {
            return AuthoringErrors.Required("modified", "An edit names the version it was made from (its 'modified').");
        }

        if (!StixTimestamp.TryParse(edited.Trim(), out var version))
        {
            return AuthoringErrors.Invalid("modified", $"'{edited}' is not a STIX timestamp.");
        }

        var current = latest.VersionTimestamp!.Value;
        return version.SameInstantAs(current) ? null : AuthoringErrors.Stale(latest.Id, version.Text, current.Text);
    }

    private async Task<IReadOnlyList<Error>> UnknownReferencesAsync(StaffReader reader, AssertionFields fields, CancellationToken cancellationToken)
    {
        var errors = new List<Error>();
        if (await lookup.VisibleAsync(reader, fields.Target, AssertionShape.TargetTypes, current: false, cancellationToken) is null)
        {
            errors.Add(AuthoringErrors.Invalid("target", $"No threat actor, intrusion set or identity '{fields.Target}' in the picture."));
        }

        if (await lookup.VisibleAsync(reader, fields.AssertedBy, ["identity"], current: false, cancellationToken) is null)
        {
            errors.Add(AuthoringErrors.Invalid("asserted-by", $"No identity '{fields.AssertedBy}' in the picture."));
        }

        if (!string.IsNullOrWhiteSpace(fields.Report) && await lookup.VisibleAsync(reader, fields.Report, ["report"], current: false, cancellationToken) is null)
        {
            errors.Add(AuthoringErrors.Invalid("report", $"No report '{fields.Report}' in the picture."));
        }

        return errors;
    }

    /// <summary>Like a TAXII write: a write grant on the picture, or the administrator role.</summary>
    private async Task<Error?> RefusedWriteAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (user.IsInRole(RoleNames.ToName(Role.Admin)))
        {
            return null;
        }

        var picture = await lookup.PictureAsync(cancellationToken);
        var rights = user.PrincipalId() is { } id ? await store.RightsAsync(picture.Id, id, cancellationToken) : CollectionRights.None;
        return rights.HasFlag(CollectionRights.Write) ? null : AuthoringErrors.WriteForbidden();
    }

    private async Task<Result<StixObject>> WriteAsync(StixObject version, CancellationToken cancellationToken)
    {
        if (StixValidator.Validate(version).FirstOrDefault(i => i.Severity == ValidationSeverity.Error) is { } invalid)
        {
            return AuthoringErrors.ObjectInvalid(invalid.ToString());
        }

        var picture = await lookup.PictureAsync(cancellationToken);
        var written = await store.AddObjectsAsync(picture.Id, [version], cancellationToken);
        if (written.Outcomes.FirstOrDefault(o => !o.Succeeded) is { } refused)
        {
            return refused.Kind == ObjectOutcomeKind.Conflict
                ? AuthoringErrors.VersionConflict(refused.Id, refused.Version)
                : AuthoringErrors.ObjectInvalid(refused.Issues.FirstOrDefault(i => i.Severity == ValidationSeverity.Error)?.ToString() ?? refused.Kind.ToString());
        }

        return version;
    }

    // The first refusal gives the code; the detail names every field refused, so an API client fixes them in one go.
    private static Error Joined(IReadOnlyList<Error> errors) =>
        errors[0] with { Message = string.Join(" ", errors.Select(e => e.Message)) };
}
