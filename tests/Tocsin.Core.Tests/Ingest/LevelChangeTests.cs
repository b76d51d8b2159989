using Tocsin.Core.Ingest;

namespace Tocsin.Core.Tests.Ingest;

/// <summary>Threat-level changes for the six schemes of the alert plan, named, described or given by number,
/// in sentences written for these tests; and the report the system was modelled on.</summary>
public sealed class LevelChangeTests
{
    [Theory]
    [InlineData("The government raised the Vigipirate plan to its highest level on Sunday.", "vigipirate|FR||urgence-attentat|2024-03-17")]
    [InlineData("Le Premier ministre a annoncé que le plan national de vigilance passait au niveau « urgence attentat » après l'attaque de Lyon.", "vigipirate|FR||urgence-attentat|2024-03-23")]
    [InlineData("Britain's terrorism threat level was raised to 4 out of 5 on Tuesday.", "uk|GB||severe|2024-03-19")]
    [InlineData("The threat level for Northern Ireland-related terrorism was lowered from severe to substantial on Tuesday, MI5 said.", "uk|GB-NIR|severe|substantial|2024-03-19")]
    [InlineData("The Dutch terrorism threat level was lowered from four to three on Monday.", "nctv|NL|4|3|2024-03-18")]
    [InlineData("L'OCAM a relevé le niveau de la menace de 2 à 3 sur une échelle de 4 lundi.", "ocam|BE|2|3|2024-03-18")]
    [InlineData("Belgian authorities said on Monday that the terror threat level had been raised to level 4, the highest, across the country.", "ocam|BE||4|2024-03-18")]
    [InlineData("The OCAM raised the threat level for the Brussels region to level 4 on Monday.", "ocam|BE-BRU||4|2024-03-18")]
    [InlineData("Australia's national terrorism threat level was raised from possible to probable, the prime minister said on Monday.", "nttas|AU|possible|probable|2024-03-18")]
    [InlineData("The Department of Homeland Security issued a National Terrorism Advisory System bulletin on Wednesday, warning of lone attackers.", "ntas|US||bulletin|2024-03-20")]
    [InlineData("Le gouvernement a abaissé mardi la posture Vigipirate au niveau « sécurité renforcée – risque attentat ».", "vigipirate|FR||securite-renforcee-risque-attentat|2024-03-19")]
    public void A_change_is_read_for_every_scheme(string text, string expected) =>
        Assert.Equal([expected], Drafts.Of(text).Labels(DraftField.LevelChange));

    [Theory]
    [InlineData("The UK threat level remains at substantial, JTAC said on Friday.")]
    [InlineData("Le plan Vigipirate est maintenu au niveau « urgence attentat » jusqu'à nouvel ordre.")]
    [InlineData("The government decided not to raise the Vigipirate level after the meeting.")]
    [InlineData("The NCTV kept the threat level at 4, meaning an attack is substantial.")]
    [InlineData("Police announced a substantial increase in patrols around the stadium.")]
    [InlineData("The threat level was raised to severe.")]
    public void No_change_is_drafted_when_the_level_is_kept_or_the_scheme_is_unknown(string text) =>
        Assert.Empty(Drafts.Of(text).Labels(DraftField.LevelChange));

    [Fact]
    public void The_level_before_and_after_come_from_and_to_in_French()
    {
        var labels = Drafts.Of("Le gouvernement a annoncé lundi que la posture Vigipirate passait du niveau « urgence attentat » au niveau « sécurité renforcée – risque attentat ».").Labels(DraftField.LevelChange);
        Assert.Equal(["vigipirate|FR|urgence-attentat|securite-renforcee-risque-attentat|2024-03-18"], labels);
    }

    [Theory]
    [InlineData("Britain's terrorism threat level was lifted on Friday to the fourth step of a scale of five.", "uk|GB||severe|2024-03-22")]
    [InlineData("The JTAC moved the level on Monday from the third to the fourth step.", "uk|GB|substantial|severe|2024-03-18")]
    [InlineData("Le gouvernement a abaissé lundi le plan Vigipirate de son troisième et plus haut niveau au deuxième niveau.", "vigipirate|FR|urgence-attentat|securite-renforcee-risque-attentat|2024-03-18")]
    [InlineData("Australia's national terrorism threat level was lowered on Monday to the second level of five.", "nttas|AU||possible|2024-03-18")]
    public void An_ordinal_before_a_level_word_is_a_rank(string text, string expected) =>
        Assert.Equal([expected], Drafts.Of(text).Labels(DraftField.LevelChange));

    [Fact]
    public void An_ordinal_on_another_scale_is_not_a_level_of_the_scheme()
    {
        var labels = Drafts.Of("Britain's terrorism threat level was raised on Friday to the third step of a scale of four.").Labels(DraftField.LevelChange);

        Assert.DoesNotContain(labels, l => l.Contains("|substantial|", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Dutch coordinator raised the threat level to 5 on Sunday. Until now the level was at 4.", "nctv|NL|4|5|2024-03-17")]
    [InlineData("Le plan Vigipirate a été porté mardi au niveau « urgence attentat ». Le pays se trouvait depuis l'automne au niveau « sécurité renforcée – risque attentat ».", "vigipirate|FR|securite-renforcee-risque-attentat|urgence-attentat|2024-03-19")]
    public void A_level_said_to_be_held_until_now_is_the_level_before(string text, string expected) =>
        Assert.Equal([expected], Drafts.Of(text).Labels(DraftField.LevelChange));

    [Fact]
    public void An_alert_left_to_expire_returns_to_the_bottom_of_the_scale()
    {
        var labels = Drafts.Of("The Department of Homeland Security let its imminent terrorism alert for the state of Texas expire on Monday.").Labels(DraftField.LevelChange);

        Assert.Equal(["ntas|US-TX|imminent-alert|bulletin|2024-03-18"], labels);
    }

    [Fact]
    public void A_replaced_level_is_the_level_before()
    {
        var labels = Drafts.Of("On Tuesday the Department of Homeland Security replaced its terrorism bulletin with an elevated alert for the whole country.").Labels(DraftField.LevelChange);

        Assert.Equal(["ntas|US|bulletin|elevated-alert|2024-03-19"], labels);
    }

    [Theory]
    [InlineData("Several mayors have asked for the Vigipirate posture to be lowered back to enhanced security, but the government said no.")]
    [InlineData("Des élus estiment que le plan Vigipirate pourrait être abaissé au niveau « sécurité renforcée » avant l'été.")]
    public void A_change_asked_for_or_possible_is_not_a_change(string text) =>
        Assert.Empty(Drafts.Of(text).Labels(DraftField.LevelChange));

    [Fact]
    public void Each_of_two_changes_in_a_sentence_keeps_its_own_date()
    {
        var labels = Drafts.Of("The Dutch terrorism threat level was lowered from 4 to 3 on Tuesday, the first reduction since it was raised to 4 in March 2013.").Labels(DraftField.LevelChange);

        Assert.Equal(["nctv|NL|4|3|2024-03-19", "nctv|NL||4|2013-03"], labels);
    }

    [Fact]
    public void The_day_in_the_clause_dates_the_change_rather_than_the_dateline()
    {
        var labels = Drafts.Of("PARIS, March 23 -- France has raised its national security alert plan to the highest level, the prime minister announced on Friday.").Labels(DraftField.LevelChange);

        Assert.Equal(["vigipirate|FR||urgence-attentat|2024-03-22"], labels);
    }

    [Theory]
    [InlineData("The OCAM raised the threat level for the province of Antwerp to level 3 on Wednesday.", "ocam|BE-VAN||3|2024-03-20")]
    [InlineData("L'OCAM a abaissé jeudi le niveau de la menace de 3 à 2. La capitale avait été placée au niveau 4 en novembre 2015.", "ocam|BE-BRU||4|2015-11")]
    [InlineData("The NCTV raised the threat level for the province of Utrecht to 5 on Monday after the shooting.", "nctv|NL-UT||5|2024-03-18")]
    public void A_province_or_the_capital_is_the_region_of_a_change(string text, string expected) =>
        Assert.Contains(expected, Drafts.Of(text).Labels(DraftField.LevelChange));

    [Fact]
    public void The_seed_report_drafts_137_killed_and_the_raise_to_urgence_attentat_on_24_March_2024()
    {
        var draft = Drafts.Of(SeedReport, new DateTimeOffset(2024, 3, 25, 12, 0, 0, TimeSpan.Zero), language: "en");
        Assert.Equal(["vigipirate|FR||urgence-attentat|2024-03-24"], draft.Labels(DraftField.LevelChange));
        // The principal incident comes first; the attempts in France it mentions are another one.
        var incident = draft.Items.First(i => i.Field == DraftField.Incident);
        Assert.StartsWith("completed, 137 killed", incident.Label, StringComparison.Ordinal);
    }

    private const string SeedReport = """
        Macron: ISIS tried to carry out attacks in France

        The branch of the Islamic State (ISIS) jihadist group "involved" in the attack that killed 137 people in Moscow "has carried out several attempts" in France in recent months, President Emmanuel Macron said, a day after the country's security plan the country was raised to its maximum level, reported AFP.
        "We must guard against any instrumentalization or distortion, but be demanding and effective. This is the spirit in which we are moving forward, and I hope that Russia will do the same," added the head of state upon his arrival in the French department of Guiana. while his Russian counterpart Vladimir Putin pointed the finger of blame at Ukraine.
        "It would be both cynical and counterproductive for Russia itself and for the safety of its citizens to use this context to try to turn it against Ukraine," he insisted to the press.
        ISIS claimed responsibility for the attack on the concert hall outside Moscow on Friday night. Its Afghan branch, the Islamic State in Khorasan (ISIL-X), is the prime suspect for the world's terrorism experts.
        In the words of Emmanuel Macron, the French intelligence services believe that this structure "instigated this attack and carried it out".
        During the meeting at the Elysée Palace on March 24, the executive noted that "this particular group, which is apparently involved in this attack, has carried out several attempts on our territory in recent months," explained the head of state.
        "So, given its ramifications and intentions, as a precautionary measure, but with reliable and solid elements," he "decided to raise" to the maximum level the national security plan, which was downgraded in January.
        Macron assured the audience that France had "offered the Russian services, as well as our partners in the region, enhanced cooperation", "taking into account the information available to our services and the elements that could be useful to the Russians".
        Asked if he would be able to discuss this directly with his Russian counterpart, he replied that "initially" contacts would be at the "technical and ministerial" level. "We will see how the context develops and whether the coming days or weeks will justify it," he added. /BGNES
        """;
    [Theory]
    [InlineData("Britain raised its terrorism threat level to \"severe\" from \"substantial\" on Thursday.", "uk|GB|substantial|severe|2024-03-21")]
    [InlineData("The NCTV raised the Dutch threat level to 4, from level 3, on Monday.", "nctv|NL|3|4|2024-03-18")]
    [InlineData("France has raised the Vigipirate plan to the highest level of \"attack emergency\", from the level of \"reinforced security\", on Sunday.", "vigipirate|FR|securite-renforcee-risque-attentat|urgence-attentat|2024-03-17")]
    [InlineData("The UK threat level was raised to severe on Monday, replacing substantial.", "uk|GB|substantial|severe|2024-03-18")]
    public void The_level_before_may_follow_the_new_one(string text, string label)
    {
        Assert.Contains(label, Drafts.Of(text, language: "en").Labels(DraftField.LevelChange));
    }

    [Fact]
    public void The_level_before_is_the_level_of_the_earlier_change_the_report_tells()
    {
        var labels = Drafts.Of("France raised the Vigipirate plan to urgence attentat on Sunday. The plan had been lowered to sécurité renforcée – risque attentat in January.", language: "en").Labels(DraftField.LevelChange);

        Assert.Contains("vigipirate|FR|securite-renforcee-risque-attentat|urgence-attentat|2024-03-17", labels);
        Assert.Contains("vigipirate|FR||securite-renforcee-risque-attentat|2024-01", labels);
    }

    [Fact]
    public void Two_changes_in_one_sentence_are_both_read()
    {
        var labels = Drafts.Of("Canberra on Monday announced the return of the national terrorism threat level from expected to probable, two months after it was lifted in January to the second highest level of the five-level scale.", language: "en").Labels(DraftField.LevelChange);

        Assert.Equal(["nttas|AU|expected|probable|2024-03-18", "nttas|AU||expected|2024-01"], labels);
    }

    [Fact]
    public void A_level_that_is_the_verb_subject_is_the_new_level()
    {
        var labels = Drafts.Of("Le gouvernement a ramené lundi le plan Vigipirate au niveau « sécurité renforcée – risque attentat ». Le niveau le plus élevé avait été décrété le 2 décembre.").Labels(DraftField.LevelChange);

        Assert.Contains("vigipirate|FR||urgence-attentat|2023-12-02", labels);
    }

    [Fact]
    public void A_dated_change_with_no_level_takes_the_level_a_later_change_lowers_from()
    {
        var labels = Drafts.Of("Le gouvernement a abaissé lundi le plan Vigipirate du niveau « urgence attentat » au niveau « sécurité renforcée – risque attentat ». La posture avait été relevée le 2 décembre après l'attaque du pont.").Labels(DraftField.LevelChange);

        Assert.Equal(["vigipirate|FR|urgence-attentat|securite-renforcee-risque-attentat|2024-03-18", "vigipirate|FR||urgence-attentat|2023-12-02"], labels);
    }

    [Theory]
    [InlineData("The Dutch terrorism threat level was lowered on Monday for the first time in two years.", "nctv|NL||2")]
    [InlineData("It is the first time in a decade that the Australian threat level has been set above probable.", "nttas|AU||probable")]
    public void Numbers_and_levels_that_are_no_new_level_are_not_read_as_one(string text, string notExpected)
    {
        Assert.DoesNotContain(Drafts.Of(text, language: "en").Labels(DraftField.LevelChange), l => l.StartsWith(notExpected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_dateline_names_no_region_of_the_change()
    {
        var labels = Drafts.Of("BRUXELLES, 18 mars — L'OCAM a abaissé lundi le niveau de la menace de 3 à 2 pour l'ensemble du pays.").Labels(DraftField.LevelChange);

        Assert.Equal(["ocam|BE|3|2|2024-03-18"], labels);
    }

    [Fact]
    public void An_aside_after_the_verb_does_not_hide_the_level_and_a_state_is_a_region()
    {
        var labels = Drafts.Of("The Department of Homeland Security issued on Monday, for only the second time since the National Terrorism Advisory System replaced the colour-coded scale, an imminent alert covering the state of Texas.", language: "en").Labels(DraftField.LevelChange);

        Assert.Equal(["ntas|US-TX||imminent-alert|2024-03-18"], labels);
    }
}
