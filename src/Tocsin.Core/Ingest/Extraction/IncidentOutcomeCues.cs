using System.Text.Json;

namespace Tocsin.Core.Ingest.Extraction;

/// <summary>The words of an attack's outcome, read from <c>Data/lexicons/{en,fr}/outcome-cues.json</c>:
/// foiled (stopped before it began: "thwarted", "déjoué"), attempted (begun but failed: "failed to
/// detonate", "tentative d'attentat"), background (plots counted in general: "24 plots had been disrupted
/// since 2017"), and not terrorism (the report rules it out: "not being treated as terror-related").</summary>
internal static class IncidentOutcomeCues
{
    private static readonly string[] Languages = ["en", "fr"];

    public static KeyPhrases Foiled { get; } = Load("foiled");

    public static KeyPhrases Attempted { get; } = Load("attempted");

    public static KeyPhrases Background { get; } = Load("background");

    public static KeyPhrases NotTerrorism { get; } = Load("not_terrorism");

    private static KeyPhrases Load(string property) =>
        new(Languages.SelectMany(l =>
        {
            using var document = JsonDocument.Parse(IngestResources.Read($"lexicons.{l}.outcome-cues.json"));
            return document.RootElement.GetProperty(property).EnumerateArray().Select(e => e.GetString()!).ToList();
        }));
}
