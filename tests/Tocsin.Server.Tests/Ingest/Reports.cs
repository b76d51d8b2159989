using System.Net.Http.Json;
using System.Text.Json;
using Tocsin.Core.Ingest.Evaluation;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Ingest;

/// <summary>Report texts and draft requests for the ingest tests.</summary>
public static class Reports
{
    /// <summary>The first corpus report: an agency wire on the Crocus City Hall attack (actor, places, incident, claim).</summary>
    public static CorpusCase Crocus => TestCorpus.Crocus;

    public static JsonContent Json(string text, string source = "AFP", string? published = "2024-03-22T21:00:00Z", string? language = null) =>
        JsonContent.Create(new { text, source, published, language });

    public static JsonContent CrocusJson() => Json(Crocus.Input.Text);

    /// <summary>The <c>id</c> of the first item of <paramref name="field"/> in a draft response.</summary>
    public static string ItemId(JsonElement draft, string field) =>
        draft.GetProperty("items").EnumerateArray().First(i => i.GetProperty("field").GetString() == field).GetProperty("id").GetString()!;
}
