namespace Tocsin.Core.Ingest.Extraction;

/// <summary>A state as a party to assertions: its short name (used in evaluation keys), the name of its
/// <c>identity</c>, and its ISO 3166-1 alpha-2 code (Data/parties.json).</summary>
internal sealed record Party(string Name, string IdentityName, string Country);
