using Tocsin.Server.Api.Contract;

namespace Tocsin.Server.Ingest;

/// <summary>The JSON body of <c>POST /api/v1/drafts</c>.</summary>
/// <param name="Text">The report text (required).</param>
/// <param name="Source">Who published it (required), e.g. "AFP".</param>
/// <param name="Published">When it was published: an RFC 3339 time or a date (00:00 UTC); now when absent.</param>
/// <param name="Language"><c>en</c> or <c>fr</c> to skip detection.</param>
/// <param name="Title">A title; the first line of the text when absent.</param>
[RequestExample("draft.json")]
public sealed record CreateDraftRequest([RequiredField] string? Text, [RequiredField] string? Source, string? Published = null, string? Language = null, string? Title = null);
