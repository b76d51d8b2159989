using Tocsin.Server.Api.Contract;

namespace Tocsin.Server.Users;

/// <summary>Body of <c>POST /api/v1/users</c>: a login name, one or more roles (<c>analyst</c>, <c>approver</c>,
/// <c>watch-officer</c>, <c>admin</c>), and a password of at least 12 characters not among the most common ones —
/// or no password, for someone who signs in only through single sign-on.</summary>
[RequestExample("user.json")]
public sealed record CreateUserRequest([RequiredField] string? Name, [RequiredField] IReadOnlyList<string>? Roles, string? Password);
