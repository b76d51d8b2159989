namespace Tocsin.Server.Picture;

/// <summary>One row of the attribution view: an <c>attributed-to</c> relationship from the incident and what its
/// assertion extension records — who is blamed, who asserts it, on what basis (claim, assessment, accusation), when, in
/// which report, the Admiralty grade (e.g. <c>B2</c>) and the relationship's confidence — with the opinions on it.
/// A relationship without the extension is shown with those parts null.</summary>
public sealed record AssertionView(
    string RelationshipId,
    ObjectLink Attributed,
    string? Basis,
    ObjectLink? AssertedBy,
    string? AssertedAt,
    ObjectLink? Report,
    string? Grade,
    int? Confidence,
    string? Description,
    IReadOnlyList<OpinionView> Opinions);

/// <summary>An opinion on an assertion: the STIX value (strongly-disagree … strongly-agree), by whom (its authors, else
/// the identity that created it), why, and when it was created.</summary>
public sealed record OpinionView(string Id, string Opinion, string? By, string? Explanation, string? Created);
