using Tocsin.Core.Ingest;

namespace Tocsin.Core.Tests.Ingest;

/// <summary>Which names are groups: designated organisations, new groups given a role by a claim or an
/// accusation, and not persons or states; on sentences written for these tests.</summary>
public sealed class ActorResolutionTests
{
    [Fact]
    public void A_new_group_given_a_role_by_a_claim_is_drafted_with_lower_confidence()
    {
        var draft = Drafts.Of("A rocket hit a depot near the port on Tuesday, killing two guards. The Northern Lions Front claimed the attack in a video.");

        var actor = Assert.Single(draft.Items, i => i.Field == DraftField.Actor);
        Assert.Equal("Northern Lions Front", actor.Label);
        Assert.InRange(actor.Confidence, 40, 70);
    }

    [Theory]
    [InlineData("A group calling itself the Liberation Front of Egypt claimed the bombing in a statement.", "Liberation Front of Egypt")]
    [InlineData("The Martyrs Brigade of Sinai claimed responsibility for the ambush.", "Martyrs Brigade of Sinai")]
    public void A_state_or_place_ending_a_group_name_leaves_it_a_group(string text, string expected)
    {
        var actors = Drafts.Of(text, language: "en").Labels(DraftField.Actor);

        Assert.Contains(expected, actors);
    }

    [Fact]
    public void A_capitalised_name_with_a_group_word_but_no_role_is_not_drafted()
    {
        var draft = Drafts.Of("The Northern Lions Front held a rally in the capital on Tuesday. Thousands of people attended.");

        Assert.Empty(draft.Labels(DraftField.Actor));
    }

    [Theory]
    [InlineData("The interior minister Mohammed al-Rashid said the bombing killed 12 people.")]
    [InlineData("General Karim Front accused the rebels of the attack that killed 12 people.")]
    public void A_person_whose_name_holds_a_group_word_is_not_a_group(string text)
    {
        Assert.Empty(Drafts.Of(text).Labels(DraftField.Actor));
    }

    [Fact]
    public void The_Islamic_Republic_is_a_state()
    {
        var draft = Drafts.Of("A bomb killed 12 people in Zahedan. The Islamic Republic blamed Jaish al-Adl for the attack.");

        Assert.DoesNotContain("Islamic Republic", draft.Labels(DraftField.Actor));
        Assert.Contains("Iran|assessment|Jaysh al-Adl", draft.Labels(DraftField.Attribution));
    }

    [Fact]
    public void A_branch_named_through_its_parent_is_the_branch_and_names_the_parent()
    {
        var draft = Drafts.Of("A bomb killed 12 people at a shrine. The Afghan branch of the Islamic State claimed responsibility for the bombing.");

        Assert.Equal(["ISIS-K"], draft.Labels(DraftField.Claim));
        Assert.Contains("Islamic State", draft.Labels(DraftField.Actor));
    }

    [Fact]
    public void The_transliterated_alias_is_the_branch()
    {
        var draft = Drafts.Of("A bomb killed 12 people at a shrine. Its author, the Islamic State in Khorasan (ISIL-X), is the prime suspect for the police.");

        Assert.Contains("ISIS-K", draft.Labels(DraftField.Actor));
    }

    [Theory]
    [InlineData("Investigators said the cell belonged to a little-known group called the Sons of the Dry River.", "Sons of the Dry River")]
    [InlineData("Prosecutors said the four men were members of an anarchist organisation, the Grey Lanterns, which had bombed two offices.", "Grey Lanterns")]
    [InlineData("The army blamed the Abu Karim Saleh group for the ambush on the convoy.", "Abu Karim Saleh group")]
    [InlineData("Selon le parquet, les suspects appartenaient au groupe Aube Noire, qui avait déjà visé une caserne.", "Aube Noire")]
    [InlineData("The attack was carried out by the Popular Front for the Liberation of the Hills (PFLH), police said.", "Popular Front for the Liberation of the Hills")]
    public void A_group_introduced_by_a_group_noun_or_an_acronym_is_drafted_as_a_new_actor(string text, string name)
    {
        var actor = Assert.Single(Drafts.Of(text).Items, i => i.Field == DraftField.Actor);

        Assert.Equal(name, actor.Label);
        Assert.InRange(actor.Confidence, 40, 60);
    }

    [Theory]
    [InlineData("The statement was posted on the group's Telegram channel on Sunday.")]
    [InlineData("The militia, Reuters reported, withdrew from the town on Monday.")]
    public void A_group_noun_next_to_a_name_that_is_no_group_drafts_nothing(string text)
    {
        Assert.Empty(Drafts.Of(text).Labels(DraftField.Actor));
    }

    [Fact]
    public void A_capitalised_The_inside_a_sentence_and_hyphenated_particles_stay_in_the_name()
    {
        var draft = Drafts.Of("A message in the name of The Silent Harbour Front claimed the attack. Officials also accused the Ansar-e Vahdat Movement of helping the attackers.");

        Assert.Contains("The Silent Harbour Front", draft.Labels(DraftField.Actor));
        Assert.Contains("Ansar-e Vahdat Movement", draft.Labels(DraftField.Actor));
    }
}
