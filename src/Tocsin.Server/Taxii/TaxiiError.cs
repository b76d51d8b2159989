namespace Tocsin.Server.Taxii;

/// <summary>The TAXII error message resource (TAXII 2.1 §3.6.1).</summary>
/// <param name="Title">Short, human-readable summary.</param>
/// <param name="Description">What went wrong, for a person.</param>
/// <param name="ErrorCode">Tocsin's stable code for the error.</param>
/// <param name="HttpStatus">The HTTP status code, as a string as §3.6.1 specifies.</param>
public sealed record TaxiiError(string Title, string? Description, string ErrorCode, string HttpStatus);
