using Tocsin.Core.Principals;

namespace Tocsin.Cli.Demo;

/// <summary>A person created by <c>serve --demo</c>. The passwords are public demo credentials
/// (docs/demo.md), never to be used outside a demonstration.</summary>
/// <param name="Name">User name to sign in with.</param>
/// <param name="Role">The one role this user holds.</param>
/// <param name="Password">The published demo password.</param>
public sealed record DemoUser(string Name, Role Role, string Password);
