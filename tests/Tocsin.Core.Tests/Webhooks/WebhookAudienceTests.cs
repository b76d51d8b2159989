using Tocsin.Core.Cap;
using Tocsin.Core.Webhooks;

namespace Tocsin.Core.Tests.Webhooks;

public sealed class WebhookAudienceTests
{
    [Theory]
    [InlineData("FRA", "FRA-D75", true)]
    [InlineData("FRA-D75", "FRA", true)]
    [InlineData("FRA-D75", "FRA-D13", false)]
    [InlineData("GBR", "FRA-D75", false)]
    [InlineData("FRA", "FRA", true)]
    public void Territories_match_by_lineage(string interest, string territory, bool receives)
    {
        Assert.Equal(receives, WebhookAudience.Receives([interest], exercises: false, CapStatus.Actual, [territory]));
    }

    [Fact]
    public void A_subscriber_without_territories_receives_everything()
    {
        Assert.True(WebhookAudience.Receives([], exercises: false, CapStatus.Actual, ["GBR"]));
    }

    [Theory]
    [InlineData(CapStatus.Exercise, false, false)]
    [InlineData(CapStatus.Exercise, true, true)]
    [InlineData(CapStatus.Test, false, false)]
    [InlineData(CapStatus.Draft, true, false)]
    [InlineData(CapStatus.Actual, false, true)]
    public void Exercises_go_only_to_those_who_opted_in(CapStatus status, bool optedIn, bool receives)
    {
        Assert.Equal(receives, WebhookAudience.Receives([], optedIn, status, ["FRA"]));
    }

    [Theory]
    [InlineData("FRA-D75", true)]
    [InlineData("GBR", true)]
    [InlineData("FRA-D999", false)]
    [InlineData("XYZ", false)]
    public void Known_territories(string id, bool known)
    {
        Assert.Equal(known, WebhookAudience.IsKnownTerritory(id));
    }
}
