namespace Tocsin.Server.Authoring;

/// <summary>One difference between two consecutive versions of an object.</summary>
/// <param name="Path">The property, dotted from the top (<c>name</c>, <c>extensions.{id}.killed</c>); list items are
/// compared as a whole.</param>
/// <param name="Change"><c>added</c>, <c>removed</c> or <c>changed</c>.</param>
/// <param name="Before">The JSON value before (null when added).</param>
/// <param name="After">The JSON value after (null when removed).</param>
public sealed record PropertyChange(string Path, string Change, string? Before, string? After);
