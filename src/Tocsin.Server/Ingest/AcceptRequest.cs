using System.Text.Json;
using Tocsin.Server.Api.Contract;

namespace Tocsin.Server.Ingest;

/// <summary>The body of an accept: all optional.</summary>
/// <param name="Object">The analyst's corrected STIX object (same type and id as the item); the drafted one when absent.</param>
/// <param name="Grade">For claims and attributions, the Admiralty grade (e.g. <c>B2</c>) replacing the placeholder F6.</param>
/// <param name="Collection">The target collection id or alias; <c>picture</c> when absent.</param>
[RequestExample("accept.json")]
public sealed record AcceptRequest(JsonElement? Object = null, string? Grade = null, string? Collection = null);
