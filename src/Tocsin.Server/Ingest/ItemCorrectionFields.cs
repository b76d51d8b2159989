namespace Tocsin.Server.Ingest;

/// <summary>What an analyst may correct on a drafted item before accepting it; a null field is left as drafted.</summary>
/// <param name="Name">The object's <c>name</c> (objects that have one).</param>
/// <param name="Description">The object's <c>description</c>.</param>
/// <param name="Killed">An incident's figure of people killed (terrorism extension), a whole number.</param>
/// <param name="Injured">An incident's figure of people injured.</param>
/// <param name="Actor">An assertion's actor blamed: the relationship's <c>target_ref</c>.</param>
/// <param name="Asserter">Who makes the assertion: the assertion extension's <c>asserted_by_ref</c>.</param>
/// <param name="Basis">claim, assessment or accusation.</param>
public sealed record ItemCorrectionFields(string? Name, string? Description, string? Killed, string? Injured, string? Actor, string? Asserter, string? Basis);
