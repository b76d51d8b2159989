using Microsoft.Extensions.Configuration;
using Tocsin.Server;
using Tocsin.Server.Classification;

namespace Tocsin.Cli;

/// <summary>The classification settings a command applies: the same keys the server reads
/// (<c>Tocsin:Classification:*</c>, <c>Tocsin:OrganizationIdentityId</c>) from <c>appsettings.json</c> of the working
/// directory or the environment (<c>Tocsin__Classification__Scale</c>), so that the CLI and the server agree.</summary>
public static class CliClassification
{
    private static IConfiguration Configuration() => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .Build();

    /// <summary>The deployment's classification.</summary>
    /// <exception cref="InvalidOperationException">The settings cannot be applied.</exception>
    public static NationalClassification National() =>
        new(Configuration().GetSection(ClassificationSettings.Section).Get<ClassificationSettings>() ?? new ClassificationSettings());

    /// <summary>Our organisation's identity, the creator of new markings.</summary>
    public static string OrganisationIdentityId() =>
        Configuration()["Tocsin:OrganizationIdentityId"] is { Length: > 0 } id ? id : new ServerSettings().OrganizationIdentityId;
}
