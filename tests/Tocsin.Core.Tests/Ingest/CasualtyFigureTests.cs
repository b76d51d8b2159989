using Tocsin.Core.Ingest;

namespace Tocsin.Core.Tests.Ingest;

/// <summary>Killed and injured figures in sentence shapes of all kinds, written for these tests.</summary>
public sealed class CasualtyFigureTests
{
    [Theory]
    [InlineData("Seventy-three people died when the bomb went off at the bus depot.", 73, null)]
    [InlineData("A gunman opened fire in the square, killing two people and wounding five before being shot dead by police.", 2, 5)]
    [InlineData("The bombing at the wedding hall left 41 dead and 112 wounded.", 41, 112)]
    [InlineData("Eleven worshippers lost their lives in the attack on the chapel.", 11, null)]
    [InlineData("The death toll from Tuesday's bombing rose to 139, the health ministry said.", 139, null)]
    [InlineData("At least 64 people were killed in the blast. By evening the death toll had risen to 71.", 71, null)]
    [InlineData("Two hundred and six people were injured and a dozen were killed in the explosion.", 12, 206)]
    [InlineData("More than 1,200 people were wounded and about 100 killed in the attacks on the market.", 100, 1200)]
    [InlineData("Gunmen killed 18 villagers and injured 9 others in the raid.", 18, 9)]
    [InlineData("L'attentat a fait quatre-vingt-dix morts et plus de deux cents blessés.", 90, 200)]
    [InlineData("L'explosion a tué vingt et une personnes, selon la police.", 21, null)]
    [InlineData("Le bilan de l'attaque s'est alourdi à 57 morts dimanche.", 57, null)]
    [InlineData("Six passants ont perdu la vie et onze ont été blessés dans l'attaque au camion.", 6, 11)]
    public void Figures_are_read_whatever_the_shape(string text, int killed, int? injured)
    {
        var incident = Assert.Single(Drafts.Of(text).Items, i => i.Field == DraftField.Incident);
        var expected = $"completed, {killed} killed" + (injured is null ? string.Empty : $", {injured} injured");
        Assert.Equal(expected, incident.Label);
    }

    [Theory]
    [InlineData("Three gunmen were killed by soldiers after the raid on the hotel.")]
    [InlineData("A 17-year-old was arrested after the stabbing at the station, where police were deployed at 8 pm.")]
    [InlineData("Dozens of people were injured when the car bomb exploded.")]
    [InlineData("Deux assaillants ont été abattus par les gendarmes après la fusillade.")]
    public void Attackers_ages_times_and_vague_quantities_are_not_victim_figures(string text)
    {
        var incident = Drafts.Of(text).Items.SingleOrDefault(i => i.Field == DraftField.Incident);
        Assert.True(incident is null || !incident.Label.Contains("killed", StringComparison.Ordinal) && !incident.Label.Contains("injured", StringComparison.Ordinal), incident?.Label);
    }

    [Fact]
    public void A_claimant_inflated_figure_does_not_replace_the_authorities_figure()
    {
        var draft = Drafts.Of("Police said 9 people were killed in the ambush near the mine. "
            + "The group said it killed 40 soldiers in the attack, a claim officials rejected.");
        var incident = Assert.Single(draft.Items, i => i.Field == DraftField.Incident);
        Assert.StartsWith("completed, 9 killed", incident.Label, StringComparison.Ordinal);
    }

    [Fact]
    public void A_claimant_figure_is_used_when_nobody_else_gives_one_but_with_low_confidence()
    {
        var draft = Drafts.Of("The group said it had killed 25 soldiers in the ambush on the convoy.");
        var incident = Assert.Single(draft.Items, i => i.Field == DraftField.Incident);
        Assert.StartsWith("completed, 25 killed", incident.Label, StringComparison.Ordinal);
        Assert.True(incident.Confidence < 60, $"confidence {incident.Confidence}");
    }

    [Fact]
    public void An_earlier_attack_recalled_is_its_own_incident_after_the_principal_one()
    {
        var draft = Drafts.Of("A suicide bomber killed 14 people at the checkpoint on Friday. "
            + "It was the deadliest attack in the city since the 2016 bombing that killed 80 people.");
        var incidents = draft.Items.Where(i => i.Field == DraftField.Incident).ToList();
        Assert.Equal(2, incidents.Count);
        Assert.StartsWith("completed, 14 killed", incidents[0].Label, StringComparison.Ordinal);
        Assert.StartsWith("completed, 80 killed", incidents[1].Label, StringComparison.Ordinal);
        Assert.True(incidents[1].Confidence < incidents[0].Confidence);
    }

    [Theory]
    [InlineData("A 19-year-old nurse was killed and four other people were hurt when the man opened fire at the clinic.", 1, 4)]
    [InlineData("The attacker stabbed passers-by outside the station, killing a retired postman and wounding three others.", 1, 3)]
    [InlineData("Un gendarme de 34 ans, en poste à la caserne, a été tué et deux de ses collègues ont été blessés.", 1, 2)]
    [InlineData("L'assaillant a tué une passante avant d'être interpellé ; six personnes ont été blessées.", 1, 6)]
    public void One_victim_named_by_a_singular_phrase_counts_one(string text, int killed, int injured)
    {
        var incident = Assert.Single(Drafts.Of(text).Items, i => i.Field == DraftField.Incident);

        Assert.Equal($"completed, {killed} killed, {injured} injured", incident.Label);
    }

    [Theory]
    [InlineData("The suspect, a 41-year-old mechanic, died of his wounds after the shootout.")]
    [InlineData("Police said a man was shot dead by officers after he charged at them with a knife.")]
    [InlineData("Two guards were killed in the raid, a soldier and a driver, officials said.", 2)]
    public void A_singular_phrase_for_the_attacker_or_one_already_counted_adds_no_victim(string text, int killed = 0)
    {
        var incident = Drafts.Of(text).Items.SingleOrDefault(i => i.Field == DraftField.Incident);

        Assert.True(killed == 0 ? incident is null || !incident.Label.Contains("killed", StringComparison.Ordinal) : incident?.Label.StartsWith($"completed, {killed} killed", StringComparison.Ordinal) == true, incident?.Label);
    }

    [Theory]
    [InlineData("The car bomb killed seven pilgrims and the driver of their minibus.", 8)]
    [InlineData("Le kamikaze a tué trois soldats et leur interprète afghan.", 3)]
    [InlineData("A local mayor was killed along with his bodyguard when the device went off.", 2)]
    public void A_victim_joined_to_the_counted_ones_is_added(string text, int killed)
    {
        var incident = Assert.Single(Drafts.Of(text).Items, i => i.Field == DraftField.Incident);

        Assert.StartsWith($"completed, {killed} killed", incident.Label, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Two bombs killed seven people at the hotels. The two bombers also died, so the first count of nine dead included them.", 7)]
    [InlineData("Le premier bilan de douze morts a été ramené à dix tués, a précisé la préfecture.", 10)]
    public void A_figure_said_to_be_replaced_is_not_the_latest(string text, int killed)
    {
        var incident = Assert.Single(Drafts.Of(text).Items, i => i.Field == DraftField.Incident);

        Assert.StartsWith($"completed, {killed} killed", incident.Label, StringComparison.Ordinal);
    }
}
