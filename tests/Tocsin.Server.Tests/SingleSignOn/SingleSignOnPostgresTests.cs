using System.Net;
using Tocsin.Core.Audit;
using Tocsin.Core.Principals;
using Tocsin.Testing;
using Tocsin.Testing.Oidc;

namespace Tocsin.Server.Tests.SingleSignOn;

/// <summary>Single sign-on over PostgreSQL: the same principals, roles and audit entries as over the embedded store.</summary>
public sealed class SingleSignOnPostgresTests(PostgresServer postgres) : IAsyncLifetime
{
    private OidcTestProvider _provider = null!;
    private string? _database;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _provider = await OidcTestProvider.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        if (_database is not null)
        {
            await postgres.DropDatabaseAsync(_database);
        }
    }

    [Fact]
    public async Task Roles_are_set_and_audited_and_unknown_people_created_on_PostgreSQL()
    {
        _database = await postgres.CreateDatabaseAsync();
        await using var app = SingleSignOnApp.Start(_provider, "Create", new KeyValuePair<string, string>("Tocsin:Database", "postgres:" + _database));
        var known = Some.Alias("known");
        await SingleSignOnTests.AddAsync(app, known, PrincipalKind.User, Role.WatchOfficer);
        _provider.User = OidcTestUser.Named(known, "tocsin-admin");
        using (var journey = new SignInJourney(app, _provider))
        {
            await journey.SignInAsync();
            Assert.Equal(HttpStatusCode.OK, (await journey.Tocsin.GetAsync(new Uri("/account", UriKind.Relative), Ct)).StatusCode);
        }

        Assert.Equal([Role.Admin], (await SingleSignOnTests.Store(app).FindPrincipalAsync(known, Ct))!.Roles);
        Assert.Equal(AuditActions.PrincipalRoles, (await SingleSignOnTests.LastAuditAsync(app)).Action);

        var newcomer = Some.Alias("newcomer");
        _provider.User = OidcTestUser.Named(newcomer, "tocsin-analyst");
        using (var journey = new SignInJourney(app, _provider))
        {
            await journey.SignInAsync();
            Assert.NotNull(journey.Session());
        }

        Assert.Equal([Role.Analyst], (await SingleSignOnTests.Store(app).FindPrincipalAsync(newcomer, Ct))!.Roles);
        Assert.Equal(AuditActions.PrincipalAdd, (await SingleSignOnTests.LastAuditAsync(app)).Action);
    }
}
