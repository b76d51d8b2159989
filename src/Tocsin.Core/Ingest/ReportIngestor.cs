using Tocsin.Core.Ingest.Actors;
using Tocsin.Core.Ingest.Drafting;
using Tocsin.Core.Ingest.Extraction;
using Tocsin.Core.Ingest.Text;

namespace Tocsin.Core.Ingest;

/// <summary>Drafts the structured intelligence in a report: the report itself, actors, parties, locations,
/// dates, incidents with killed and injured figures and outcome, claims and attributions (DESIGN's
/// assertions), threat-level changes and quotes, each traced to its words (docs/ingest.md).</summary>
/// <remarks>Pure and deterministic apart from new ids: rules and shipped gazetteers only, no model, no I/O.
/// Either the whole draft or an error, never part of one.</remarks>
public static class ReportIngestor
{
    /// <summary>Drafts <paramref name="input"/>. Fails with <c>empty-text</c>, <c>too-large</c>,
    /// <c>binary-content</c>, <c>unsupported-language</c> (with the detected language; set
    /// <see cref="ReportInput.Language"/> to force en or fr) or <c>invalid-input</c> (no source).</summary>
    /// <param name="input">The report.</param>
    /// <param name="knownActors">Threat actors and intrusion sets already in the store; a match reuses the id.</param>
    /// <param name="clock">Gives <c>created</c>/<c>modified</c> and the publication date when the input has none.</param>
    public static Result<DraftBundle> Ingest(ReportInput input, IReadOnlyList<KnownActor> knownActors, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(knownActors);
        ArgumentNullException.ThrowIfNull(clock);
        if (string.IsNullOrWhiteSpace(input.Source))
        {
            return IngestErrors.Invalid("The report's source is required (e.g. the agency or the URL).");
        }

        var checkedText = IngestInput.Check(input.Text);
        if (!checkedText.IsSuccess)
        {
            return checkedText.Error;
        }

        var language = Language(input.Language, checkedText.Value);
        if (!language.IsSuccess)
        {
            return language.Error;
        }

        var now = clock.GetUtcNow();
        var published = (input.Published ?? now).ToUniversalTime();
        var day = DateOnly.FromDateTime(published.UtcDateTime);
        var text = new AnalysedText(checkedText.Value, language.Value);
        var findings = Find(text, knownActors, day);
        return DraftBuilder.Build(text, input, language.Value, published, now, findings);
    }

    private static Findings Find(AnalysedText text, IReadOnlyList<KnownActor> knownActors, DateOnly published)
    {
        var partyMatches = Gazetteers.Parties.Match(text.Tokens);

        // A state organ a list designates ("the Revolutionary Guards") speaks for its state: states are never
        // actors. The same words only; "a Taliban spokesman" still names the group.
        var stateOrgans = partyMatches.Select(m => m.Span).ToHashSet();
        var actors = ActorMatcher.Find(text, knownActors).Where(a => !stateOrgans.Contains(a.Span)).ToList();
        var actorSpans = actors.Select(a => a.Span).ToList();
        var inActors = new SpanIndex(actorSpans);
        var parties = partyMatches
            .Where(m => !inActors.Overlaps(m.Span))
            .Select(m => new PartyMention(m.Value, m.Span))
            .ToList();
        var locations = Guarded(() => LocationExtractor.Find(text, actorSpans), []);
        var dates = Guarded(() => DateResolver.Find(text, published), []);
        var casualties = CasualtyExtractor.Find(text, published);
        var incidents = Guarded(() => IncidentClassifier.Find(text, casualties), []);
        var assertions = Guarded(() => AssertionExtractor.Find(text, actors, parties, dates), []);
        var levels = LevelChangeExtractor.Find(text, dates, published);
        var quotes = Guarded(() => QuoteExtractor.Find(text), []);
        return new Findings(actors, parties, locations, dates, incidents, assertions, levels, quotes);
    }

    /// <summary>Runs an extractor whose patterns may time out on pathological text: a pattern that times out
    /// costs that extractor's findings, never the draft (the others still run).</summary>
    private static T Guarded<T>(Func<T> find, T nothing)
    {
        try
        {
            return find();
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return nothing;
        }
    }

    private static Result<string> Language(string? forced, string text)
    {
        if (forced is not null)
        {
            var code = forced.Trim().ToLowerInvariant();
            return code is "en" or "fr" ? code : IngestErrors.UnsupportedLanguage(code);
        }

        var detected = LanguageDetector.Detect(text);
        return detected is "en" or "fr" ? detected : IngestErrors.UnsupportedLanguage(detected);
    }
}
