namespace Tocsin.Core.Cap.Atom;

/// <summary>An Atom person construct (RFC 4287 §3.2): the feed's author.</summary>
/// <param name="Name">Required, not blank.</param>
/// <param name="Uri">Optional home page, absolute.</param>
/// <param name="Email">Optional address.</param>
public sealed record AtomPerson(string Name, string? Uri = null, string? Email = null);
