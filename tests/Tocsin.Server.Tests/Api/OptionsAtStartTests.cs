using Microsoft.Extensions.Options;

namespace Tocsin.Server.Tests.Api;

/// <summary>A bad setting stops the server at start with one line naming it, not at the first request.</summary>
public sealed class OptionsAtStartTests
{
    [Theory]
    [InlineData("Tocsin:Webhooks:MaxAttempts", "0", "MaxAttempts")]
    [InlineData("Tocsin:Audit:CheckpointInterval", "00:00:00", "CheckpointInterval")]
    public async Task A_bad_setting_stops_the_server_naming_it(string key, string value, string member)
    {
        await using var app = TocsinApp.WithSettings(new KeyValuePair<string, string>(key, value));

        var failure = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains(member, failure.Message, StringComparison.Ordinal);
    }
}
