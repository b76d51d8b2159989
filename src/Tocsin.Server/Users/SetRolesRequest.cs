using Tocsin.Server.Api.Contract;

namespace Tocsin.Server.Users;

/// <summary>Body of <c>PUT /api/v1/users/{name}/roles</c>: the user's roles, replacing the ones it holds.</summary>
[RequestExample("user-roles.json")]
public sealed record SetRolesRequest([RequiredField] IReadOnlyList<string>? Roles);
