namespace Tocsin.Server.Users;

/// <summary>A user to create: a login name, role names, and a password that passes the password policy, or none
/// for someone who signs in only through single sign-on.</summary>
public sealed record NewUser(string? Name, IReadOnlyList<string>? Roles, string? Password);
