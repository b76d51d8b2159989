using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Tocsin.Core;
using Tocsin.Core.Classification;
using Tocsin.Core.Principals;
using Tocsin.Core.Sharing;
using Tocsin.Server.Api;
using Tocsin.Server.Auth;
using Tocsin.Storage;
using Tocsin.Storage.Classification;

namespace Tocsin.Server.Classification;

/// <summary>The classification API (docs/classification.md): national markings (created by an administrator, listed
/// to staff) and staff clearances (administrator). Every bad input is an RFC 9457 problem and changes nothing.</summary>
public static class ClassificationEndpoints
{
    /// <summary>Maps <c>/api/v1/markings</c>, <c>/api/v1/classification</c> and <c>/api/v1/users/{name}/clearance</c>.
    /// 401 without credentials, 403 without the role.</summary>
    public static IEndpointRouteBuilder MapClassificationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v1/markings", AddMarkingAsync).WithTags("Classification").RequireStaff(Role.Admin);
        endpoints.MapGet("/api/v1/markings", ListMarkingsAsync).WithTags("Classification").RequireStaff();
        endpoints.MapGet("/api/v1/classification", Scale).WithTags("Classification").RequireStaff();
        var clearance = endpoints.MapGroup("/api/v1/users/{name}/clearance").WithTags("Classification").RequireStaff(Role.Admin);
        clearance.MapGet("/", ShowClearanceAsync);
        clearance.MapPut("/", SetClearanceAsync);
        clearance.MapDelete("/", RevokeClearanceAsync);
        return endpoints;
    }

    /// <summary>Creates a classification, caveat or compartment marking: 201, or 200 with the existing marking of the
    /// same kind and name; 422 for an unknown level or caveat, a bad compartment name, none or several kinds given;
    /// 404 for an unknown collection; 409 when no collection exists yet.</summary>
    private static async Task<Results<Created<MarkingResponse>, Ok<MarkingResponse>, ProblemHttpResult>> AddMarkingAsync(AddMarkingRequest request,
        ITocsinStore store, ReadGate gate, ServerSettings settings, TimeProvider clock, CancellationToken cancellationToken)
    {
        var given = new (SharingMarkingKind Kind, string? Term)[]
        {
            (SharingMarkingKind.Classification, request.Classification),
            (SharingMarkingKind.Caveat, request.Caveat),
            (SharingMarkingKind.Compartment, request.Compartment),
        }.Where(k => k.Term is not null).ToList();
        if (given.Count != 1)
        {
            return Problems.For(new Error("marking-kind-invalid", "Give exactly one of classification, caveat or compartment."));
        }

        var ours = await OursAsync(gate, cancellationToken);
        var created = await NationalMarkings.CreateAsync(store, new NationalMarkingRequest(given[0].Kind, given[0].Term!), gate.National.Scale,
            settings.OrganizationIdentityId, ours, request.Collections ?? [], clock, cancellationToken);
        if (!created.IsSuccess)
        {
            return Problems.For(created.Error);
        }

        var response = Response(created.Value.Marking);
        return created.Value.Created ? TypedResults.Created($"/api/v1/markings/{response.Id}", response) : TypedResults.Ok(response);
    }

    /// <summary>The national markings of our picture. A compartment is listed only to administrators and to staff
    /// holding it: its name may itself be need-to-know.</summary>
    private static async Task<Ok<List<MarkingResponse>>> ListMarkingsAsync(ClaimsPrincipal user, ITocsinStore store, ReadGate gate, CancellationToken cancellationToken)
    {
        var reader = await gate.ForAsync(user, cancellationToken);
        var admin = user.IsInRole(RoleNames.ToName(Role.Admin));
        var all = await NationalMarkings.ListAsync(store, await OursAsync(gate, cancellationToken), cancellationToken);
        return TypedResults.Ok(all.Where(m => admin || m.Kind != SharingMarkingKind.Compartment || reader.Clearance.Holds(m.Term)).Select(Response).ToList());
    }

    /// <summary>The deployment's classification scale.</summary>
    private static Ok<ScaleResponse> Scale(ReadGate gate)
    {
        var national = gate.National;
        var recordFrom = national.RecordFromRank < national.Scale.Levels.Count ? national.Scale.Levels[national.RecordFromRank] : null;
        return TypedResults.Ok(new ScaleResponse(national.Scale.Name, national.Rules.Country, national.Scale.Levels,
            [.. national.Scale.Caveats.Select(c => c.Name)], recordFrom));
    }

    /// <summary>A staff member's clearance: 200 (the lowest level and revision 0 when none was granted), 404 for an
    /// unknown name or a partner service.</summary>
    private static async Task<Results<Ok<ClearanceResponse>, ProblemHttpResult>> ShowClearanceAsync(string name, ITocsinStore store, ReadGate gate,
        CancellationToken cancellationToken)
    {
        var staff = await StaffAsync(store, name, cancellationToken);
        if (!staff.IsSuccess)
        {
            return Problem(staff.Error);
        }

        var stored = await store.Classification.FindClearanceAsync(staff.Value.Id, cancellationToken);
        return TypedResults.Ok(Response(name, stored, gate.National.Scale));
    }

    /// <summary>Grants or changes a clearance (audited <c>clearance.change</c>): 200; 404 for an unknown name or a partner
    /// service; 422 for an unknown level or a compartment that does not exist.</summary>
    private static async Task<Results<Ok<ClearanceResponse>, ProblemHttpResult>> SetClearanceAsync(string name, SetClearanceRequest request,
        ITocsinStore store, ReadGate gate, CancellationToken cancellationToken)
    {
        var staff = await StaffAsync(store, name, cancellationToken);
        if (!staff.IsSuccess)
        {
            return Problem(staff.Error);
        }

        var clearance = await ClearanceChecks.CheckAsync(store, request.Level, request.Compartments ?? [], gate.National.Scale,
            await OursAsync(gate, cancellationToken), cancellationToken);
        if (!clearance.IsSuccess)
        {
            return Problems.For(clearance.Error);
        }

        var stored = await store.Classification.SetClearanceAsync(staff.Value.Id, clearance.Value, cancellationToken);
        return stored.IsSuccess ? TypedResults.Ok(Response(name, stored.Value, gate.National.Scale)) : Problem(stored.Error);
    }

    /// <summary>Revokes a clearance back to the lowest level and no compartment (audited): 200, 404 (also for a partner).</summary>
    private static async Task<Results<Ok<ClearanceResponse>, ProblemHttpResult>> RevokeClearanceAsync(string name, ITocsinStore store, ReadGate gate,
        CancellationToken cancellationToken)
    {
        var staff = await StaffAsync(store, name, cancellationToken);
        if (!staff.IsSuccess)
        {
            return Problem(staff.Error);
        }

        var stored = await store.Classification.SetClearanceAsync(staff.Value.Id, Clearance.Lowest(gate.National.Scale), cancellationToken);
        return stored.IsSuccess ? TypedResults.Ok(Response(name, stored.Value, gate.National.Scale)) : Problem(stored.Error);
    }

    private static async Task<Result<Principal>> StaffAsync(ITocsinStore store, string name, CancellationToken cancellationToken)
    {
        var principal = await store.FindPrincipalAsync(name, cancellationToken);
        if (principal is null)
        {
            return StoreErrors.PrincipalNotFound(name);
        }

        return principal.Kind == PrincipalKind.User ? principal : ClassificationErrors.NotAStaffMember(name);
    }

    // A partner service is not a staff member: for clearances it is as unknown as a name nobody holds.
    private static ProblemHttpResult Problem(Error error) =>
        error.Code is "principal-not-found" or "not-a-staff-member" ? Problems.NotFound(error) : Problems.For(error);

    private static async Task<IReadOnlyCollection<string>> OursAsync(ReadGate gate, CancellationToken cancellationToken) =>
        (await gate.ContextAsync(cancellationToken)).Settings.OrganisationIdentityIds;

    private static MarkingResponse Response(NationalMarking marking) => new(marking.Id, marking.KindName, marking.Term, marking.Created);

    internal static ClearanceResponse Response(string name, StoredClearance? stored, ClassificationScale scale) => stored is null
        ? new ClearanceResponse(name, scale.Lowest, [], 0, null)
        : new ClearanceResponse(name, stored.Clearance.Level, stored.Clearance.Compartments, stored.Revision, stored.ChangedAt);
}
