namespace Tocsin.Storage.Taxii;

/// <summary>One object of a TAXII status (TAXII 2.1 §4.3.1 status-details).</summary>
/// <param name="Id">The object's id as written (empty when it had none).</param>
/// <param name="Version">Its version as written (<c>modified</c>, <c>created</c>, or the content key).</param>
/// <param name="Message">Why it failed, or null.</param>
public sealed record TaxiiStatusDetail(string Id, string Version, string? Message);
