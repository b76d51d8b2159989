using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Tocsin.Core.Principals;
using Tocsin.Server.Api;
using Tocsin.Server.Auth;
using Tocsin.Server.Sharing;

namespace Tocsin.Server.Users;

/// <summary>Staff accounts for administrators (docs/administration.md): 401 without credentials, 403 problem for anyone
/// but an administrator. Every change is audited with the acting administrator; a refusal changes nothing.</summary>
public static class UserEndpoints
{
    /// <summary>Maps <c>/api/v1/users…</c>.</summary>
    public static IEndpointRouteBuilder MapUserEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/users").WithTags("Users").RequireStaff(Role.Admin);
        group.MapGet("/", ListAsync).WithSummary("List staff users with their roles and keys");
        group.MapGet("/{name}", ShowAsync).WithSummary("Show a staff user").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateAsync).WithSummary("Create a staff user")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPut("/{name}/roles", SetRolesAsync).WithSummary("Replace a staff user's roles")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/{name}/keys", IssueKeyAsync).WithSummary("Issue an API key for a staff user (shown once)")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/{name}/disable", DisableAsync).WithSummary("Disable a staff user: no sign-in by any path until enabled")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{name}/enable", EnableAsync).WithSummary("Enable a disabled staff user again").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{name}/keys/{keyId}", RevokeKeyAsync).WithSummary("Revoke a staff user's API key").ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    /// <summary>200 with the user, now disabled (<c>disabled_at</c> set; again is a no-op): it signs in by no path and its
    /// sessions end on their next request. 404 for an unknown user; 409 <c>user-disable-self</c> for the caller's own
    /// account, 409 <c>last-admin</c> for the last enabled administrator.</summary>
    private static async Task<Results<Ok<UserView>, ProblemHttpResult>> DisableAsync(string name, ClaimsPrincipal caller, UserAdministration users,
        CancellationToken cancellationToken)
    {
        var acting = caller.PrincipalId() ?? throw new InvalidOperationException("An administrator without a principal id passed authorisation.");
        var set = await users.SetDisabledAsync(name, disabled: true, acting, cancellationToken);
        return set.IsSuccess ? TypedResults.Ok(set.Value) : Problems.For(set.Error);
    }

    /// <summary>200 with the user, enabled again (again is a no-op); 404 for an unknown user.</summary>
    private static async Task<Results<Ok<UserView>, ProblemHttpResult>> EnableAsync(string name, ClaimsPrincipal caller, UserAdministration users,
        CancellationToken cancellationToken)
    {
        var acting = caller.PrincipalId() ?? throw new InvalidOperationException("An administrator without a principal id passed authorisation.");
        var set = await users.SetDisabledAsync(name, disabled: false, acting, cancellationToken);
        return set.IsSuccess ? TypedResults.Ok(set.Value) : Problems.For(set.Error);
    }

    /// <summary>Every member of staff, by name; partners are not listed.</summary>
    private static async Task<Ok<IReadOnlyList<UserView>>> ListAsync(UserAdministration users, CancellationToken cancellationToken) =>
        TypedResults.Ok(await users.ListAsync(cancellationToken));

    /// <summary>One member of staff; 404 problem when none has that name.</summary>
    private static async Task<Results<Ok<UserView>, ProblemHttpResult>> ShowAsync(string name, UserAdministration users, CancellationToken cancellationToken)
    {
        var found = await users.FindAsync(name, cancellationToken);
        return found.IsSuccess ? TypedResults.Ok(found.Value) : Problems.For(found.Error);
    }

    /// <summary>201 with the user; 422 for a bad name, role or password, 409 when the name is taken. No key is issued:
    /// ask for one with <c>POST /api/v1/users/{name}/keys</c>.</summary>
    private static async Task<Results<Created<UserView>, ProblemHttpResult>> CreateAsync(CreateUserRequest request, UserAdministration users,
        CancellationToken cancellationToken)
    {
        var created = await users.CreateAsync(new NewUser(request.Name, request.Roles, request.Password), cancellationToken);
        return created.IsSuccess ? TypedResults.Created($"/api/v1/users/{Uri.EscapeDataString(created.Value.Name)}", created.Value) : Problems.For(created.Error);
    }

    /// <summary>200 with the user; 404 for an unknown user, 422 for an unknown or missing role, 409 <c>last-admin</c>
    /// when the change would leave no administrator.</summary>
    private static async Task<Results<Ok<UserView>, ProblemHttpResult>> SetRolesAsync(string name, SetRolesRequest request, UserAdministration users,
        CancellationToken cancellationToken)
    {
        var set = await users.SetRolesAsync(name, request.Roles, cancellationToken);
        return set.IsSuccess ? TypedResults.Ok(set.Value) : Problems.For(set.Error);
    }

    /// <summary>201 with the key, shown this once (<see cref="IssueKeyRequest"/>: optional expiry in the future); 404 for
    /// an unknown user, 422 for an expiry in the past.</summary>
    private static async Task<Results<Created<IssuedUserKey>, ProblemHttpResult>> IssueKeyAsync(string name, IssueKeyRequest? request,
        UserAdministration users, CancellationToken cancellationToken)
    {
        var issued = await users.IssueKeyAsync(name, request?.ExpiresAt, cancellationToken);
        return issued.IsSuccess
            ? TypedResults.Created($"/api/v1/users/{Uri.EscapeDataString(name)}/keys/{issued.Value.KeyId}", issued.Value)
            : Problems.For(issued.Error);
    }

    /// <summary>204; 404 for an unknown user or a key that is not this user's.</summary>
    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeKeyAsync(string name, string keyId, UserAdministration users,
        CancellationToken cancellationToken)
    {
        var revoked = await users.RevokeKeyAsync(name, keyId, cancellationToken);
        return revoked.IsSuccess ? TypedResults.NoContent() : Problems.For(revoked.Error);
    }

    /// <summary>Registers <see cref="UserAdministration"/>.</summary>
    public static IServiceCollection AddTocsinUsers(this IServiceCollection services) => services.AddScoped<UserAdministration>();
}
