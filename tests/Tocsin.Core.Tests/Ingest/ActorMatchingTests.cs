using Tocsin.Core.Ingest;

namespace Tocsin.Core.Tests.Ingest;

public sealed class ActorMatchingTests
{
    [Theory]
    [InlineData("The responsibility was claimed by the terrorist organization ISIL-X, informs the agency.", "ISIS-K")]
    [InlineData("The responsibility was claimed by the terrorist organization ISIL-Х, informs the agency.", "ISIS-K")]
    [InlineData("French services blame ISKP for the attack, the officials said.", "ISIS-K")]
    [InlineData("The Islamic State Khorasan Province claimed the attack on Friday.", "ISIS-K")]
    [InlineData("Selon Paris, l'État islamique au Khorassan a commis l'attentat.", "ISIS-K")]
    [InlineData("Daech a revendiqué l'attentat dans un communiqué.", "Islamic State")]
    [InlineData("Le groupe État islamique a revendiqué l'attaque.", "Islamic State")]
    [InlineData("Fighters of the Islamic State's Wilayat Khurasan attacked the hall.", "ISIS-K")]
    [InlineData("Al Qaïda au Maghreb islamique a revendiqué l'enlèvement.", "AQIM")]
    [InlineData("Officials said the attack bore the hallmarks of al-Qa'ida.", "al-Qaeda")]
    [InlineData("Police said Hizbollah was not involved in the shooting.", "Hezbollah")]
    public void Variants_and_transliterations_match_the_designated_organisation(string text, string expected)
    {
        var actors = Drafts.Of(text, language: text.Contains('é', StringComparison.Ordinal) || text.StartsWith("Daech", StringComparison.Ordinal) ? "fr" : "en").Labels(DraftField.Actor);

        Assert.Contains(expected, actors);
    }

    [Theory]
    [InlineData("The report is clear: it is what it is, and there is no doubt that the situation is serious.")]
    [InlineData("ATTACK IS FEARED AS CROWDS GATHER IN THE CITY, the police said after the meeting.")]
    [InlineData("The EI index of the bank is in the report and the figures are in the annex.")]
    public void Short_ambiguous_aliases_do_not_match_ordinary_text(string text)
    {
        Assert.Empty(Drafts.Of(text, language: "en").Labels(DraftField.Actor));
    }

    [Fact]
    public void IS_in_context_of_a_claim_matches_the_Islamic_State()
    {
        var actors = Drafts.Of("IS claimed the attack through its Amaq outlet, the group said.").Labels(DraftField.Actor);

        Assert.Equal(["Islamic State"], actors);
    }

    [Fact]
    public void A_known_store_actor_is_reused_by_id_and_not_redrafted()
    {
        var known = new KnownActor("threat-actor--34a2e9bf-caf2-494b-8dc4-ef3de8fb515d", "ISIS-K", ["ISKP", "IS-K"]);

        var draft = Drafts.Of("The attack was claimed by ISIL-K, the officials said.", known: [known]);

        var item = Assert.Single(draft.Items, i => i.Field == DraftField.Actor);
        Assert.Equal((known.Id, null), (item.Id, item.Object));
    }

    [Fact]
    public void Every_actor_span_covers_the_words_matched()
    {
        var draft = Drafts.Of("The Islamic State claimed it; ISIL-X fighters were blamed by Russia's FSB.");

        foreach (var item in draft.Items.Where(i => i.Field == DraftField.Actor))
        {
            Assert.All(item.Spans, s => Assert.Matches("(?i)islamic state|isil", s.Of(draft.Text)));
        }
    }

    [Fact]
    public void A_list_name_written_in_lower_case_is_ordinary_words()
    {
        var actors = Drafts.Of("The gunman targeted a summer camp of the governing party's youth wing on the island.", language: "en").Labels(DraftField.Actor);

        Assert.DoesNotContain("al-Shabaab", actors);
    }

    [Theory]
    [InlineData("JNIM, linked to al-Qaeda, claimed the attack on the barracks.", "al-Qaeda")]
    [InlineData("Le JNIM, lié à Al-Qaïda, a revendiqué l'attaque contre le camp.", "al-Qaeda")]
    [InlineData("The Abdullah Azzam Brigades of al-Qaeda claimed the bombing in a statement.", "al-Qaeda")]
    public void A_group_named_only_as_another_group_affiliation_is_not_an_actor(string text, string affiliation)
    {
        var actors = Drafts.Of(text).Labels(DraftField.Actor);

        Assert.DoesNotContain(affiliation, actors);
    }

    [Fact]
    public void A_group_also_named_on_its_own_stays_an_actor()
    {
        var actors = Drafts.Of("JNIM, linked to al-Qaeda, claimed the ambush. Al-Qaeda's media arm later praised it.").Labels(DraftField.Actor);

        Assert.Contains("al-Qaeda", actors);
    }
}
