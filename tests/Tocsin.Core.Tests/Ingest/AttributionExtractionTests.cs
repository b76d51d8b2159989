using Tocsin.Core.Ingest;

namespace Tocsin.Core.Tests.Ingest;

/// <summary>Assessments and accusations: who asserts (names, roles, context) and whom they blame
/// (names, back-references), on sentences written for these tests.</summary>
public sealed class AttributionExtractionTests
{
    [Theory]
    [InlineData("A bomb killed 14 people in a Nairobi mall. The Kenyan interior minister blamed al-Shabaab for the attack.", "Kenya|assessment|al-Shabaab")]
    [InlineData("A bomb killed 14 people at a bazaar. Iran's interior minister accused Israel of ordering the bombing.", "Iran|accusation|Israel")]
    [InlineData("A bomb killed 14 people at a bazaar. The defence minister of Pakistan pointed the finger at India.", "Pakistan|accusation|India")]
    [InlineData("Une bombe a tué 14 personnes. Les services de renseignement français estiment que l'EI-K a préparé l'attaque.", "France|assessment|ISIS-K")]
    [InlineData("Une bombe a tué 14 personnes. Le ministre russe de l'Intérieur a accusé l'Ukraine.", "Russia|accusation|Ukraine")]
    [InlineData("A car bomb killed 12 people at a market. The US secretary of state blamed Iran for the bombing.", "United States|accusation|Iran")]
    [InlineData("Gunmen killed nine soldiers at a camp. The Indian army spokesman said the attackers were belonging to Jaish-e-Mohammed.", "India|assessment|Jaish-e-Mohammed")]
    [InlineData("Une bombe a tué 14 personnes. Le procureur antiterroriste français a estimé que l'EI-K avait commandité l'attaque.", "France|assessment|ISIS-K")]
    public void A_role_speaks_for_the_state_its_nationality_names(string text, string label)
    {
        Assert.Contains(label, Drafts.Of(text).Labels(DraftField.Attribution));
    }

    [Fact]
    public void A_bare_role_speaks_for_the_state_of_the_dateline()
    {
        var draft = Drafts.Of("Blast at checkpoint\n\nISLAMABAD (Reuters) — A suicide bomber killed nine police officers on Monday. A foreign ministry spokesperson blamed Tehrik-e-Taliban Pakistan for the bombing.");

        var attribution = Assert.Single(draft.Items, i => i.Field == DraftField.Attribution);
        Assert.Equal("Pakistan|assessment|Tehrik-e-Taliban Pakistan", attribution.Label);
        Assert.True(attribution.Confidence < 90, "a state read from context is not sure");
    }

    [Fact]
    public void A_back_reference_names_the_group_mentioned_last()
    {
        var draft = Drafts.Of("Gunmen killed 20 people at a stadium. The attack bore the marks of ISIS-K, the Afghan branch of the Islamic State. The German security services believe that this structure planned the attack for months.");

        Assert.Contains("Germany|assessment|ISIS-K", draft.Labels(DraftField.Attribution));
        Assert.DoesNotContain("Germany|assessment|Islamic State", draft.Labels(DraftField.Attribution));
    }

    [Fact]
    public void Une_reprise_anaphorique_renvoie_au_groupe_nomme()
    {
        var draft = Drafts.Of("Des hommes armés ont tué 20 personnes. L'attaque porte la marque de l'EI-K. Selon les services de renseignement belges, cette structure a commis l'attentat.", language: "fr");

        Assert.Contains("Belgium|assessment|ISIS-K", draft.Labels(DraftField.Attribution));
    }

    [Fact]
    public void Competing_assertions_in_one_sentence_keep_their_own_speakers()
    {
        var draft = Drafts.Of("A gunman killed 30 people at a theatre. Putin blamed Ukraine for the massacre, while U.S. officials said ISIS-K was behind it.");

        var labels = draft.Labels(DraftField.Attribution);
        Assert.Contains("Russia|accusation|Ukraine", labels);
        Assert.Contains("United States|assessment|ISIS-K", labels);
        Assert.DoesNotContain("United States|accusation|Ukraine", labels);
        Assert.DoesNotContain("Russia|assessment|ISIS-K", labels);
    }

    [Theory]
    [InlineData("A gunman killed 30 people at a theatre. Kyiv denied any involvement in the attack.")]
    [InlineData("A gunman killed 30 people at a theatre. French officials did not blame Ukraine for the attack.")]
    [InlineData("A gunman killed 30 people at a theatre. French officials ruled out that ISIS-K was behind the attack.")]
    public void A_denial_or_a_negation_blames_nobody(string text)
    {
        Assert.Empty(Drafts.Of(text).Labels(DraftField.Attribution));
    }

    [Fact]
    public void A_hedged_assessment_is_drafted_with_less_confidence()
    {
        var draft = Drafts.Of("A gunman killed 30 people at a theatre. Austrian police said the attack could be linked to the Islamic State.");

        var attribution = Assert.Single(draft.Items, i => i.Field == DraftField.Attribution);
        Assert.Equal("Austria|assessment|Islamic State", attribution.Label);
        Assert.True(attribution.Confidence <= 60, $"hedged at {attribution.Confidence}");
    }

    [Fact]
    public void A_state_after_a_preposition_is_a_place_not_a_target()
    {
        var draft = Drafts.Of("A gunman killed 30 people at a theatre. Russian investigators believe the gunmen, citizens of Tajikistan, were recruited by ISIS-K.");

        Assert.DoesNotContain(draft.Labels(DraftField.Attribution), l => l.EndsWith("|Tajikistan", StringComparison.Ordinal));
    }
    [Fact]
    public void A_party_joined_as_an_ally_is_accused_too()
    {
        var labels = Drafts.Of("A bomb killed 30 people at a shrine. Iran's president accused Washington and its regional ally Saudi Arabia of funding the attackers.").Labels(DraftField.Attribution);

        Assert.Contains("Iran|accusation|United States", labels);
        Assert.Contains("Iran|accusation|Saudi Arabia", labels);
    }

    [Fact]
    public void No_doubt_is_no_negation()
    {
        var labels = Drafts.Of("A truck bomb killed 40 people in Kabul. Afghan officials said there was no doubt the bombers belonged to the Haqqani network.").Labels(DraftField.Attribution);

        Assert.Contains("Afghanistan|assessment|Haqqani Network", labels);
    }

    [Fact]
    public void A_state_organ_on_a_designation_list_speaks_for_its_state()
    {
        var draft = Drafts.Of("A suicide bomber killed 42 people at a meeting of tribal elders. The Revolutionary Guards accused British intelligence of backing the bombers.");

        Assert.Contains("Iran|accusation|United Kingdom", draft.Labels(DraftField.Attribution));
        Assert.DoesNotContain(draft.Items, i => i.Field == DraftField.Actor && i.Label.Contains("Revolutionary", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("A missile hit a tanker in the Gulf. The US Secretary of State accused Tehran of ordering the strike.", "United States|accusation|Iran")]
    [InlineData("A bomb killed six people at a consulate. Tehran accused the Zionist regime of the bombing.", "Iran|accusation|Israel")]
    public void States_are_named_by_their_offices_and_their_adversaries_names(string text, string label)
    {
        Assert.Contains(label, Drafts.Of(text).Labels(DraftField.Attribution));
    }

    [Fact]
    public void A_state_that_helped_the_group_named_is_accused()
    {
        var labels = Drafts.Of("A bomb killed 14 people in Kabul on Monday. Afghanistan's intelligence agency said the Haqqani network carried out the attack with the support of Pakistan's military intelligence.").Labels(DraftField.Attribution);

        Assert.Contains("Afghanistan|assessment|Haqqani Network", labels);
        Assert.Contains("Afghanistan|accusation|Pakistan", labels);
    }

    [Fact]
    public void A_helper_named_in_reported_speech_about_the_attack_is_accused()
    {
        var draft = Drafts.Of("A bomb killed 14 people in Zahedan on Monday. Iran's interior minister said the bombing was financed by agents of the Israeli intelligence service.");

        var attribution = Assert.Single(draft.Items, i => i.Field == DraftField.Attribution);
        Assert.Equal("Iran|accusation|Israel", attribution.Label);
        Assert.True(attribution.Confidence < 90, $"a helper is an indirect accusation, drafted at {attribution.Confidence}");
    }

    [Fact]
    public void Asking_a_state_for_help_accuses_nobody()
    {
        var draft = Drafts.Of("A bomb killed 14 people in Maiduguri on Monday. After the attack, Nigeria asked for the help of France.");

        Assert.Empty(draft.Labels(DraftField.Attribution));
    }

    [Theory]
    [InlineData("A bomb killed 14 people in Zahedan on Monday. Iran's interior minister said the United States had financed the cell.", "Iran|accusation|United States")]
    [InlineData("A bomb killed 14 people in Zahedan on Monday. Saudi Arabia was behind the bombing, the Iranian interior minister said.", "Iran|accusation|Saudi Arabia")]
    [InlineData("A bomb killed 14 people in Quetta on Monday. The Pakistani interior minister said India was involved in the blast.", "Pakistan|accusation|India")]
    public void A_state_as_the_subject_of_a_deed_is_accused_by_the_speaker(string text, string label)
    {
        Assert.Equal([label], Drafts.Of(text).Labels(DraftField.Attribution));
    }

    [Fact]
    public void The_object_of_blame_ends_at_a_claim_verb()
    {
        var draft = Drafts.Of("A bomb killed 14 people in Monguno on Monday. Nigeria blamed jihadists for the blast claimed by ISWAP.");

        Assert.Empty(draft.Labels(DraftField.Attribution));
        Assert.Equal(["ISWAP"], draft.Labels(DraftField.Claim));
    }

    [Fact]
    public void The_sponsors_of_a_group_are_not_the_group()
    {
        var draft = Drafts.Of("Jaish al-Adl claimed the bombing in Zahedan that killed 14 people. Iran's interior minister blamed the group's foreign sponsors.");

        Assert.Empty(draft.Labels(DraftField.Attribution));
    }

    [Fact]
    public void Coordinated_nationalities_each_name_a_state()
    {
        var labels = Drafts.Of("A suicide bomber killed 42 people in Pishin on Sunday. Iran's Revolutionary Guards accused American and British intelligence of backing the bombing.").Labels(DraftField.Attribution);

        Assert.Contains("Iran|accusation|United States", labels);
        Assert.Contains("Iran|accusation|United Kingdom", labels);
    }

    [Fact]
    public void Une_fonction_suivie_d_une_autre_nationalite_parle_pour_cet_etat()
    {
        var labels = Drafts.Of("Une bombe a tué six personnes à Bourgas. Le Premier ministre israélien a accusé l'Iran.", language: "fr").Labels(DraftField.Attribution);

        Assert.Equal(["Israel|accusation|Iran"], labels);
    }

    [Theory]
    [InlineData("Gunmen killed six people at a hotel in Lamu. The Kenyan National Police Service said the attackers were members of al-Shabaab.", "Kenya|assessment|al-Shabaab")]
    [InlineData("A bomb killed eight people at a bus station in Mombasa. Kenyan investigators suspect al-Shabaab.", "Kenya|assessment|al-Shabaab")]
    [InlineData("Une bombe a tué huit personnes à Gao. Les enquêteurs maliens soupçonnent le JNIM.", "Mali|assessment|JNIM")]
    [InlineData("Une bombe a tué 17 personnes dans un café. Les enquêteurs marocains privilégient la piste d'AQMI.", "Morocco|assessment|AQIM")]
    [InlineData("A bomb killed 12 people at a market in Maiduguri. Nigerian police said the device was planted by Boko Haram.", "Nigeria|assessment|Boko Haram")]
    [InlineData("A car bomb killed nine soldiers near Aden. The Yemeni government attributed the bombing to AQAP.", "Yemen|assessment|AQAP")]
    [InlineData("Un kamikaze a tué douze policiers à N'Djamena. Le gouvernement tchadien a attribué l'attentat à Boko Haram.", "Chad|assessment|Boko Haram")]
    [InlineData("A bomb killed 40 people at a shrine in Herat. The Afghan government held Pakistan responsible for the attack.", "Afghanistan|accusation|Pakistan")]
    [InlineData("Une bombe a tué 40 personnes à Herat. Le gouvernement afghan tient le Pakistan pour responsable de l'attentat.", "Afghanistan|accusation|Pakistan")]
    public void Verbs_of_suspicion_attribution_and_the_passive_agent_name_the_author(string text, string label)
    {
        Assert.Contains(label, Drafts.Of(text).Labels(DraftField.Attribution));
    }

    [Fact]
    public void Investigators_who_do_not_suspect_a_group_attribute_nothing()
    {
        var draft = Drafts.Of("A bomb killed eight people at a bus station in Mombasa. Kenyan investigators do not suspect al-Shabaab.");

        Assert.Empty(draft.Labels(DraftField.Attribution));
    }

    [Fact]
    public void Security_sources_speak_for_their_state_about_the_organisation_named_before()
    {
        var draft = Drafts.Of("Two suicide bombers killed 32 people at a market in Baghdad. The Islamic State said its fighters carried out the bombing. Iraqi security sources believe the organisation sent the bombers from the desert.");

        Assert.Contains("Iraq|assessment|Islamic State", draft.Labels(DraftField.Attribution));
    }

    [Theory]
    [InlineData("Gunmen killed ten people at a castle in Karak. Jordanian officials said the gunmen belonged to a cell of the Islamic State.", "Jordan|assessment|Islamic State")]
    [InlineData("Deux kamikazes ont tué 43 personnes à Beyrouth. L'État islamique a revendiqué l'attentat. Selon les services de sécurité libanais, les kamikazes appartenaient à une cellule de l'organisation.", "Lebanon|assessment|Islamic State")]
    public void A_group_governed_by_a_noun_of_membership_is_the_one_named(string text, string label)
    {
        Assert.Contains(label, Drafts.Of(text).Labels(DraftField.Attribution));
    }

    [Fact]
    public void A_place_after_a_preposition_is_still_not_the_one_named()
    {
        var draft = Drafts.Of("Gunmen killed ten people at a castle in Karak. Jordanian officials said the gunmen belonged to a cell based in Syria.");

        Assert.DoesNotContain("Jordan|accusation|Syria", draft.Labels(DraftField.Attribution));
    }

    [Fact]
    public void A_bare_role_with_no_dateline_speaks_for_the_country_of_the_first_place_named()
    {
        var labels = Drafts.Of("Bomber was a member of the Islamic State, says premier\n\nIstanbul. The prime minister said the suicide bomber, who was born in Syria, was a member of the Islamic State.").Labels(DraftField.Attribution);

        Assert.Contains("Turkey|assessment|Islamic State", labels);
        Assert.DoesNotContain("Syria|assessment|Islamic State", labels);
    }

    [Fact]
    public void Un_magistrat_parle_pour_l_etat_de_la_dateline()
    {
        var labels = Drafts.Of("Voiture piégée à Paris\n\nPARIS, 9 septembre — Trois femmes ont été interpellées. Selon le magistrat, elles étaient téléguidées par des membres de l'État islamique.", language: "fr").Labels(DraftField.Attribution);

        Assert.Contains("France|assessment|Islamic State", labels);
    }
}
