using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Tocsin.Core.Principals;
using Tocsin.Storage;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Admin;

/// <summary>Staff accounts by API: the CLI's rules, every change audited, every refusal writing nothing.</summary>
public sealed class UserApiTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Uri Url(string path) => new(path, UriKind.Relative);

    private static JsonElement Json(string body) => JsonDocument.Parse(body).RootElement.Clone();

    private async Task<(string Name, HttpClient Client)> AdminAsync()
    {
        var name = Some.Alias("admin");
        await app.AddUserAsync(name, Role.Admin, AdminSignIn.Password);
        return (name, app.CreateClient(name, AdminSignIn.Password));
    }

    private ITocsinStore Store => app.Services.GetRequiredService<ITocsinStore>();

    [Fact]
    public async Task Only_administrators_manage_users_and_a_refused_creation_writes_nothing()
    {
        var analyst = Some.Alias("analyst");
        await app.AddUserAsync(analyst, Role.Analyst, AdminSignIn.Password);
        using var staff = app.CreateClient(analyst, AdminSignIn.Password);
        using var anonymous = app.CreateClient();
        var name = Some.Alias("refused");
        var before = await app.AuditSequenceAsync();

        var statuses = new[]
        {
            (await anonymous.GetAsync(Url("/api/v1/users"), Ct)).StatusCode,
            (await staff.GetAsync(Url("/api/v1/users"), Ct)).StatusCode,
            (await staff.PostAsJsonAsync(Url("/api/v1/users"), new { name, roles = new[] { "admin" } }, Ct)).StatusCode,
            (await staff.PutAsJsonAsync(Url($"/api/v1/users/{analyst}/roles"), new { roles = new[] { "admin" } }, Ct)).StatusCode,
            (await staff.PostAsync(Url($"/api/v1/users/{analyst}/keys"), null, Ct)).StatusCode,
            (await staff.GetAsync(Url("/admin/users"), Ct)).StatusCode,
            (await staff.GetAsync(Url($"/admin/users/{analyst}"), Ct)).StatusCode,
        };

        Assert.Equal([HttpStatusCode.Unauthorized, .. Enumerable.Repeat(HttpStatusCode.Forbidden, 6)], statuses);
        Assert.Equal((before, null), (await app.AuditSequenceAsync(), await Store.FindPrincipalAsync(name, Ct)));
    }

    [Theory]
    [InlineData("short pass", "password-too-short")]
    [InlineData("password123!", "password-too-common")]
    public async Task A_password_that_fails_the_policy_is_refused_and_nothing_is_written(string password, string code)
    {
        var (_, admin) = await AdminAsync();
        var name = Some.Alias("weak");
        var before = await app.AuditSequenceAsync();

        var response = await admin.PostAsJsonAsync(Url("/api/v1/users"), new { name, roles = new[] { "analyst" }, password }, Ct);

        var body = await HttpAssert.StatusAsync(HttpStatusCode.UnprocessableEntity, response, "application/problem+json");
        Assert.Equal((code, before, null), (Json(body).GetProperty("code").GetString(), await app.AuditSequenceAsync(), await Store.FindPrincipalAsync(name, Ct)));
    }

    [Fact]
    public async Task A_user_without_a_password_signs_in_only_through_single_sign_on_and_its_creation_is_audited_with_the_admin()
    {
        var (adminName, admin) = await AdminAsync();
        var name = Some.Alias("sso");

        var body = await HttpAssert.StatusAsync(HttpStatusCode.Created,
            await admin.PostAsJsonAsync(Url("/api/v1/users"), new { name, roles = new[] { "analyst", "approver" } }, Ct));

        var created = (await Store.FindPrincipalAsync(name, Ct))!;
        var head = (await Store.Audit.HeadAsync(Ct))!;
        var adminId = (await Store.FindPrincipalAsync(adminName, Ct))!.Id.ToString("D");
        Assert.Equal((false, "analyst,approver", null, "principal.add", adminId),
            (Json(body).GetProperty("hasPassword").GetBoolean(), string.Join(",", created.Roles.Select(RoleNames.ToName)),
             await Store.PasswordHashAsync(created.Id, Ct), head.Action, head.Actor));
    }

    [Fact]
    public async Task A_user_with_no_role_or_an_unknown_role_is_refused()
    {
        var (_, admin) = await AdminAsync();

        var none = await admin.PostAsJsonAsync(Url("/api/v1/users"), new { name = Some.Alias("none"), roles = Array.Empty<string>() }, Ct);
        var unknown = await admin.PostAsJsonAsync(Url("/api/v1/users"), new { name = Some.Alias("unknown"), roles = new[] { "king" } }, Ct);

        Assert.Equal(("user-roles-required", "unknown-role"),
            (Json(await HttpAssert.StatusAsync(HttpStatusCode.UnprocessableEntity, none)).GetProperty("code").GetString(),
             Json(await HttpAssert.StatusAsync(HttpStatusCode.UnprocessableEntity, unknown)).GetProperty("code").GetString()));
    }

    [Fact]
    public async Task A_new_key_is_shown_once_works_and_is_stored_only_as_its_hash()
    {
        var (_, admin) = await AdminAsync();
        var name = Some.Alias("keyholder");
        await app.AddUserAsync(name, Role.WatchOfficer, AdminSignIn.Password);

        var issued = Json(await HttpAssert.StatusAsync(HttpStatusCode.Created, await admin.PostAsync(Url($"/api/v1/users/{name}/keys"), null, Ct)));
        var secret = issued.GetProperty("apiKey").GetString()!;
        using var holder = app.CreateClient(secret, string.Empty);
        var shown = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync(Url($"/api/v1/users/{name}"), Ct));
        var directory = app.Services.GetRequiredService<ServerSettings>().DataDirectory;
        var database = await ReadSharedAsync(Path.Combine(directory, StoreOpener.DatabaseFileName));

        Assert.Equal((HttpStatusCode.OK, false, true, false),
            ((await holder.GetAsync(Url("/api/v1/audit/head"), Ct)).StatusCode, shown.Contains(secret, StringComparison.Ordinal),
             shown.Contains(issued.GetProperty("keyId").GetString()!, StringComparison.Ordinal),
             database.Contains(secret, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_revoked_key_stops_working_and_a_key_of_someone_else_is_not_found()
    {
        var (_, admin) = await AdminAsync();
        var name = Some.Alias("revoked");
        await app.AddUserAsync(name, Role.WatchOfficer, AdminSignIn.Password);
        var other = Some.Alias("other");
        await app.AddUserAsync(other, Role.WatchOfficer, AdminSignIn.Password);
        var issued = Json(await HttpAssert.StatusAsync(HttpStatusCode.Created, await admin.PostAsync(Url($"/api/v1/users/{name}/keys"), null, Ct)));
        var keyId = issued.GetProperty("keyId").GetString()!;

        var wrongHolder = (await admin.DeleteAsync(Url($"/api/v1/users/{other}/keys/{keyId}"), Ct)).StatusCode;
        var revoked = (await admin.DeleteAsync(Url($"/api/v1/users/{name}/keys/{keyId}"), Ct)).StatusCode;
        using var holder = app.CreateClient(issued.GetProperty("apiKey").GetString()!, string.Empty);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NoContent, HttpStatusCode.Unauthorized),
            (wrongHolder, revoked, (await holder.GetAsync(Url("/api/v1/audit/head"), Ct)).StatusCode));
    }

    [Fact]
    public async Task An_expiry_in_the_past_is_refused()
    {
        var (_, admin) = await AdminAsync();
        var name = Some.Alias("late");
        await app.AddUserAsync(name, Role.WatchOfficer, AdminSignIn.Password);

        var response = await admin.PostAsJsonAsync(Url($"/api/v1/users/{name}/keys"), new { expiresAt = "2001-01-01T00:00:00Z" }, Ct);

        await HttpAssert.StatusAsync(HttpStatusCode.UnprocessableEntity, response, "application/problem+json");
    }

    [Fact]
    public async Task Roles_are_replaced_and_audited()
    {
        var (_, admin) = await AdminAsync();
        var name = Some.Alias("promoted");
        await app.AddUserAsync(name, Role.Analyst, AdminSignIn.Password);

        var body = await HttpAssert.StatusAsync(HttpStatusCode.OK,
            await admin.PutAsJsonAsync(Url($"/api/v1/users/{name}/roles"), new { roles = new[] { "approver" } }, Ct));

        Assert.Equal(("approver", "principal.roles"),
            (Json(body).GetProperty("roles")[0].GetString(), (await Store.Audit.HeadAsync(Ct))!.Action));
    }

    [Fact]
    public async Task The_last_administrator_keeps_the_admin_role()
    {
        await using var alone = new TocsinApp();
        await alone.AddUserAsync("only-admin", Role.Admin, AdminSignIn.Password);
        using var admin = alone.CreateClient("only-admin", AdminSignIn.Password);
        var before = await alone.AuditSequenceAsync();

        var response = await admin.PutAsJsonAsync(Url("/api/v1/users/only-admin/roles"), new { roles = new[] { "analyst" } }, Ct);

        var body = await HttpAssert.StatusAsync(HttpStatusCode.Conflict, response, "application/problem+json");
        var store = alone.Services.GetRequiredService<ITocsinStore>();
        Assert.Equal(("last-admin", before, true),
            (Json(body).GetProperty("code").GetString(), await alone.AuditSequenceAsync(), (await store.FindPrincipalAsync("only-admin", Ct))!.Has(Role.Admin)));
    }

    [Fact]
    public async Task Partners_are_not_users()
    {
        var (_, admin) = await AdminAsync();
        var partner = Some.Alias("partner");
        await app.AddPartnerWithPasswordAsync(partner, AdminSignIn.Password);

        var list = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync(Url("/api/v1/users"), Ct));
        var one = await admin.GetAsync(Url($"/api/v1/users/{partner}"), Ct);
        var roles = await admin.PutAsJsonAsync(Url($"/api/v1/users/{partner}/roles"), new { roles = new[] { "admin" } }, Ct);

        Assert.Equal((false, HttpStatusCode.NotFound, HttpStatusCode.NotFound),
            (list.Contains(partner, StringComparison.Ordinal), one.StatusCode, roles.StatusCode));
    }

    /// <summary>The bytes of the SQLite file (and its write-ahead log) as text, read while the server holds it open.</summary>
    private static async Task<string> ReadSharedAsync(string path)
    {
        var text = new StringBuilder();
        foreach (var file in new[] { path, path + "-wal" }.Where(File.Exists))
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream, Encoding.Latin1);
            text.Append(await reader.ReadToEndAsync(Ct));
        }

        return text.ToString();
    }
}
