using Tocsin.Core.Ingest;

namespace Tocsin.Core.Tests.Ingest;

public sealed class ExtractionTests
{
    [Theory]
    [InlineData("Gunmen opened fire on Friday night at the venue.", "2024-03-22")]
    [InlineData("The toll was given on March 24 by officials.", "2024-03-24")]
    [InlineData("The toll was given on March 30 by officials.", "2023-03-30")]
    [InlineData("The toll was given on March 22 by officials.", "2024-03-22")]
    [InlineData("The plan had been lowered in January by the government.", "2024-01")]
    [InlineData("The group tried to act several times in recent months, he said.", "2023-09-23..2024-03-23")]
    [InlineData("Le plan a été relevé vendredi soir par le gouvernement.", "2024-03-22")]
    [InlineData("The suspects were arrested yesterday in the region.", "2024-03-22")]
    public void Dates_resolve_against_the_publication_date(string text, string expected)
    {
        var dates = Drafts.Of(text, language: text.StartsWith("Le", StringComparison.Ordinal) ? "fr" : "en").Dates.Select(d => d.Value);

        Assert.Contains(expected, dates);
    }

    [Theory]
    [InlineData("At least 137 people were killed and more than 180 injured in the attack.", 137, 180)]
    [InlineData("L'attaque a fait au moins 137 morts et 182 blessés, selon le bilan.", 137, 182)]
    [InlineData("The bombers struck the crowd, killing 12 people and wounding 40.", 12, 40)]
    [InlineData("The death toll rose to 60 on Saturday after the shooting.", 60, null)]
    public void Casualty_figures_are_read(string text, int killed, int? injured)
    {
        var incident = Assert.Single(Drafts.Of(text).Items, i => i.Field == DraftField.Incident);

        Assert.StartsWith($"completed, {killed} killed" + (injured is null ? string.Empty : $", {injured} injured"), incident.Label, StringComparison.Ordinal);
    }

    [Fact]
    public void Attackers_killed_are_not_counted_as_victims()
    {
        var incident = Assert.Single(Drafts.Of("Three attackers were killed by police after the shooting, and 5 people were injured.").Items, i => i.Field == DraftField.Incident);

        Assert.Equal("completed, 5 injured", incident.Label);
    }

    [Theory]
    [InlineData("Gunmen shot dead 12 people at a market on Friday.", "completed")]
    [InlineData("Police said the device failed to detonate and the man was arrested.", "attempted")]
    [InlineData("Security services foiled a plot to attack a stadium, the minister said.", "foiled")]
    [InlineData("La DGSI a déjoué un projet d'attentat visant un stade.", "foiled")]
    public void The_outcome_is_recognised(string text, string outcome)
    {
        var incident = Assert.Single(Drafts.Of(text).Items, i => i.Field == DraftField.Incident);

        Assert.StartsWith(outcome, incident.Label, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The Islamic State claimed responsibility for the attack that killed 60 people.", DraftField.Claim, "Islamic State")]
    [InlineData("Gunmen killed 60 people. U.S. officials said ISIS-K was behind the attack.", DraftField.Attribution, "United States|assessment|ISIS-K")]
    [InlineData("Gunmen killed 60 people. Putin accused Ukraine of preparing a window on the border.", DraftField.Attribution, "Russia|accusation|Ukraine")]
    [InlineData("L'attaque a fait 60 morts. Selon les services de renseignement français, l'EI-K a commis l'attentat.", DraftField.Attribution, "France|assessment|ISIS-K")]
    public void Claims_assessments_and_accusations_are_assertions(string text, DraftField field, string label)
    {
        Assert.Contains(label, Drafts.Of(text).Labels(field));
    }

    [Fact]
    public void A_negated_claim_is_not_a_claim()
    {
        Assert.Empty(Drafts.Of("Gunmen killed 3 people. No group has claimed the attack, the Islamic State included.").Labels(DraftField.Claim));
    }

    [Theory]
    [InlineData("Le gouvernement a relevé dimanche le plan Vigipirate au niveau « urgence attentat ».", "vigipirate|FR||urgence-attentat|2024-03-17")]
    [InlineData("The UK threat level was raised from substantial to severe on Monday.", "uk|GB|substantial|severe|2024-03-18")]
    [InlineData("France raised its Vigipirate plan to its highest level on Sunday.", "vigipirate|FR||urgence-attentat|2024-03-17")]
    [InlineData("Belgium's OCAM lowered the threat level from level 4 to level 3.", "ocam|BE|4|3|2024-03-23")]
    public void Level_changes_are_read_in_French_and_English(string text, string label)
    {
        Assert.Contains(label, Drafts.Of(text).Labels(DraftField.LevelChange));
    }

    [Theory]
    [InlineData("\"This was terrorism, terror against all of us,\" Chancellor Olaf Scholz said on Sunday.", "Chancellor Olaf Scholz")]
    [InlineData("« La barbarie du terrorisme islamiste a frappé », a déclaré Emmanuel Macron.", "Emmanuel Macron")]
    [InlineData("The minister said: “We will not give in to the terrorists.”", "The minister")]
    [InlineData("\"We will find those who did this and bring them to justice,\" police spokesman Daniel Okoro said.", "police spokesman Daniel Okoro")]
    [InlineData("\"Nobody should travel to the valley until further notice,\" a senior official said on Tuesday.", "a senior official")]
    [InlineData("Interior Minister Lena Marsh said the march would go ahead. \"Our officers are ready for every scenario,\" she said.", "Interior Minister Lena Marsh")]
    [InlineData("Governor Alice Brennan later called the gunmen \"lost young men\" in a statement.", "Alice Brennan")]
    [InlineData("Le ministre Paul Girard a déclaré que l'enquête avançait. « Nous ne céderons jamais à la terreur », a-t-il ajouté.", "Paul Girard")]
    public void Quotes_are_drafted_with_their_speaker(string text, string speaker)
    {
        var draft = Drafts.Of(text, language: text.Contains('«', StringComparison.Ordinal) ? "fr" : "en");

        var quote = Assert.Single(draft.Items, i => i.Field == DraftField.Quote);
        Assert.Equal(speaker, quote.Label);
        Assert.Contains(quote.Spans, s => s.Of(draft.Text) == speaker);
    }

    [Theory]
    [InlineData("Officials called it a \"targeted attack\" on the community.")]
    [InlineData("The police described the device as \"crude\" and unstable.")]
    [InlineData("\"We are still counting the damage in the old town,\" he said.")]
    public void Words_in_quotes_without_a_named_speaker_are_no_quote(string text)
    {
        Assert.DoesNotContain(Drafts.Of(text, language: "en").Items, i => i.Field == DraftField.Quote);
    }

    [Fact]
    public void A_relative_place_is_drafted_as_near_the_place()
    {
        var draft = Drafts.Of("Gunmen attacked a concert hall outside Moscow on Friday night, killing 60 people.");

        var location = Assert.Single(draft.Items, i => i.Field == DraftField.Location);
        Assert.Equal(("near Moscow", "outside Moscow"), (location.Label, location.Spans[0].Of(draft.Text)));
    }
}
