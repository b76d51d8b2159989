using Tocsin.Core.Ingest;

namespace Tocsin.Core.Tests.Ingest;

/// <summary>Claims of responsibility across wordings, on sentences written for these tests.</summary>
public sealed class ClaimExtractionTests
{
    [Theory]
    [InlineData("A car bomb killed nine soldiers on Monday. Al-Shabaab claimed responsibility in a radio broadcast.", "al-Shabaab")]
    [InlineData("A car bomb killed nine soldiers on Monday. The bombing was claimed by al-Shabaab in a radio broadcast.", "al-Shabaab")]
    [InlineData("A car bomb killed nine soldiers on Monday. Al-Shabaab took responsibility hours later.", "al-Shabaab")]
    [InlineData("Une voiture piégée a tué neuf soldats lundi. L'attentat a été revendiqué par les shebab dans la soirée.", "al-Shabaab")]
    [InlineData("Une voiture piégée a tué neuf soldats lundi. Les shebab ont revendiqué l'attentat dans la soirée.", "al-Shabaab")]
    public void The_claimant_is_where_the_claim_verb_puts_it(string text, string claimant)
    {
        var claim = Assert.Single(Drafts.Of(text).Items, i => i.Field == DraftField.Claim);

        Assert.Equal(claimant, claim.Label);
        Assert.True(claim.Confidence >= 90, $"explicit claim by a named group at {claim.Confidence}");
    }

    [Fact]
    public void A_statement_attributed_to_a_group_is_an_indirect_claim()
    {
        var claim = Assert.Single(Drafts.Of("A car bomb killed nine soldiers on Monday. A statement attributed to al-Shabaab said the convoy was the target.").Items, i => i.Field == DraftField.Claim);

        Assert.Equal("al-Shabaab", claim.Label);
        Assert.InRange(claim.Confidence, 60, 89);
    }

    [Fact]
    public void A_new_group_that_claims_is_the_claimant_and_a_silent_one_is_not()
    {
        var draft = Drafts.Of("Market bombing in the north\n\nA bomb killed six people at a market on Friday. 'Sons of the Eastern Gate Brigade' claimed responsibility in a message to reporters. Boko Haram has not commented.");

        var claim = Assert.Single(draft.Items, i => i.Field == DraftField.Claim);
        Assert.Equal("Sons of the Eastern Gate Brigade", claim.Label);
        Assert.True(claim.Confidence < 90, "a group no list names is less sure");
        var actor = Assert.Single(draft.Items, i => i.Field == DraftField.Actor && i.Label == "Sons of the Eastern Gate Brigade");
        Assert.True(actor.Confidence < 90);
        Assert.DoesNotContain("Boko Haram", draft.Labels(DraftField.Claim));
    }

    [Fact]
    public void A_claim_only_in_the_headline_counts()
    {
        var draft = Drafts.Of("Hamas claims Tel Aviv bus stop shooting\n\nTwo gunmen opened fire at a bus stop on Thursday, killing three people. Police said both attackers were shot.");

        Assert.Equal(["Hamas"], draft.Labels(DraftField.Claim));
    }

    [Theory]
    [InlineData("A bomb killed six people at the bus station. No group has claimed the bombing, though police suspect Boko Haram.")]
    [InlineData("A bomb killed six people at the bus station. Boko Haram denied it claimed responsibility for the bombing.")]
    [InlineData("Une bombe a tué six personnes à la gare routière. L'attentat n'a pas été revendiqué.")]
    public void A_negated_claim_is_no_claim(string text)
    {
        Assert.Empty(Drafts.Of(text).Labels(DraftField.Claim));
    }

    [Fact]
    public void A_withdrawn_claim_is_dropped()
    {
        var draft = Drafts.Of("A bomb killed six people at the bus station. Boko Haram claimed responsibility on Friday. On Saturday Boko Haram withdrew its claim.");

        Assert.Empty(draft.Labels(DraftField.Claim));
    }

    [Fact]
    public void A_hedged_claim_is_drafted_with_less_confidence()
    {
        var draft = Drafts.Of("A bomb killed six people at the bus station. Boko Haram purportedly claimed responsibility in an unverified video.");

        var claim = Assert.Single(draft.Items, i => i.Field == DraftField.Claim);
        Assert.True(claim.Confidence <= 60, $"hedged claim at {claim.Confidence}");
    }

    [Fact]
    public void A_group_described_in_apposition_is_not_the_claimant()
    {
        var draft = Drafts.Of("Gunmen killed 11 people at a hotel. JNIM, the al-Qaeda affiliate active across the Sahel, claimed the attack on Sunday.");

        Assert.Equal(["JNIM"], draft.Labels(DraftField.Claim));
    }

    [Fact]
    public void A_group_speaking_of_its_own_fighters_claims()
    {
        var draft = Drafts.Of("Gunmen killed 11 people at a hotel. The Islamic State said through its Amaq agency that three of its fighters carried out the attack.");

        var claim = Assert.Single(draft.Items, i => i.Field == DraftField.Claim);
        Assert.Equal("Islamic State", claim.Label);
        Assert.InRange(claim.Confidence, 60, 89);
    }

    [Fact]
    public void A_back_reference_reaches_the_group_named_before()
    {
        var draft = Drafts.Of("Gunmen killed 11 people at a hotel in Mogadishu. Officials named al-Shabaab as the main suspect. The group claimed responsibility on its radio station.");

        Assert.Equal(["al-Shabaab"], draft.Labels(DraftField.Claim));
    }
    [Theory]
    [InlineData("Gunmen stormed an army post on Sunday. Al-Shabaab said it had launched the assault at dawn.")]
    [InlineData("Gunmen stormed an army post on Sunday. Al-Shabaab said it attacked the post to free prisoners.")]
    [InlineData("Gunmen stormed an army post on Sunday. Al-Shabaab admitted the raid in a message to local radio.")]
    [InlineData("Gunmen stormed an army post on Sunday, killing 12 soldiers. Police blamed al-Shabaab. The Somali Islamist group later claimed the raid on its radio station.")]
    public void A_group_owning_the_deed_in_other_words_claims_it(string text)
    {
        var claim = Assert.Single(Drafts.Of(text, language: "en").Items, i => i.Field == DraftField.Claim);

        Assert.Equal("al-Shabaab", claim.Label);
        Assert.True(claim.Confidence < 90, $"an indirect wording or a back-reference at {claim.Confidence}");
    }

    [Theory]
    [InlineData("A bomb killed eight soldiers near Gao on Monday. JNIM said in a statement on Tuesday that it had planted the device.", "en")]
    [InlineData("Gunmen killed 11 villagers near Gao on Sunday. JNIM claimed to have killed them in revenge for an army raid.", "en")]
    [InlineData("Une bombe a tué huit soldats près de Gao lundi. Le JNIM a affirmé avoir posé l'engin explosif.", "fr")]
    [InlineData("Une bombe a tué huit soldats près de Gao lundi. Le JNIM a affirmé qu'il avait posé l'engin explosif.", "fr")]
    public void A_group_that_says_it_did_the_deed_claims_it(string text, string language)
    {
        var claim = Assert.Single(Drafts.Of(text, language: language).Items, i => i.Field == DraftField.Claim);

        Assert.Equal("JNIM", claim.Label);
        Assert.True(claim.Confidence < 90, $"reported speech is an indirect claim, drafted at {claim.Confidence}");
    }

    [Fact]
    public void A_pronoun_after_another_party_is_not_the_speakers_claim()
    {
        var draft = Drafts.Of("A bomb killed eight soldiers near Gao on Monday. JNIM said the army had lied and that it had killed civilians.", language: "en");

        Assert.Empty(draft.Labels(DraftField.Claim));
    }

    [Fact]
    public void The_possessor_of_a_wing_is_not_the_claimant()
    {
        var draft = Drafts.Of("A bomb killed 30 people at an embassy in Sanaa. Al-Qaeda's Yemen wing claimed the bombing.", language: "en");

        Assert.DoesNotContain("al-Qaeda", draft.Labels(DraftField.Claim));
    }

    [Fact]
    public void A_groups_outlet_that_names_the_group_in_what_it_says_claims_for_it()
    {
        var draft = Drafts.Of("A suicide bomber killed 20 worshippers at a mosque in Kabul on Friday. Amaq news agency said a soldier of the Islamic State had detonated an explosive vest.", language: "en");

        var claim = Assert.Single(draft.Items, i => i.Field == DraftField.Claim);
        Assert.Equal("Islamic State", claim.Label);
        Assert.True(claim.Confidence < 90, $"an outlet's words are indirect, drafted at {claim.Confidence}");
    }

    [Fact]
    public void A_group_that_has_not_commented_is_not_the_claimant()
    {
        var draft = Drafts.Of("A car bomb killed 12 people at a checkpoint on Sunday. Responsibility was claimed by al-Shabaab in a message on a militant website. The Islamic State, which also operates in Puntland, has not commented.", language: "en");

        Assert.Equal(["al-Shabaab"], draft.Labels(DraftField.Claim));
    }

    [Theory]
    [InlineData("Fighters ambushed a convoy near Gao on Sunday. JNIM, al-Qaeda's Sahel branch, claimed on its Telegram channel to have ambushed the convoy.", "JNIM")]
    [InlineData("A car bomb killed nine soldiers on Monday. Al-Shabaab said in a statement that it was responsible for the bombing.", "al-Shabaab")]
    [InlineData("A suicide bomber killed 25 people at a church on Sunday. Hours later the Islamic State issued a statement claiming the bombing.", "Islamic State")]
    [InlineData("Une bombe a tué 12 personnes lundi. Boko Haram affirme être à l'origine de l'attentat.", "Boko Haram")]
    [InlineData("Une bombe a tué 12 personnes lundi. L'État islamique a publié un communiqué revendiquant l'attentat.", "Islamic State")]
    [InlineData("Gunmen stormed the parliament on Wednesday. The Islamic State announced through its Amaq agency that its fighters stormed the building.", "Islamic State")]
    [InlineData("Five tourists were stabbed on Sunday. Amaq, the news agency of the Islamic State, released a video of the men who carried out the attack.", "Islamic State")]
    public void A_group_that_says_the_deed_is_its_own_claims_it_whatever_the_inflection_or_the_words_between(string text, string claimant)
    {
        Assert.Contains(claimant, Drafts.Of(text).Labels(DraftField.Claim));
    }
}
