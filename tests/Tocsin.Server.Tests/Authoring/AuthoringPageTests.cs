using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Tocsin.Core.Principals;
using Tocsin.Core.Stix;
using Tocsin.Storage;
using static Tocsin.Server.Tests.Authoring.AuthoringPicture;

namespace Tocsin.Server.Tests.Authoring;

/// <summary>The authoring pages without JavaScript: a save is a new version, a refused save shows why beside the field
/// (or above the form) and writes nothing, the history shows every version and what changed.</summary>
public sealed class AuthoringPageTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Saving_the_edit_form_makes_a_new_version_and_the_history_page_shows_both()
    {
        var picture = await SeedAsync(app);
        using var browser = await AuthoringForms.SignedInAsync(app);
        var path = $"/analyst/incidents/{picture.Incident}/edit";
        var form = await AuthoringForms.PageAsync(browser, path);

        var saved = await AuthoringForms.PostAsync(browser, path, form, "incident", ("Form.Name", "Attack on Crocus City Hall"), ("Form.Killed", "145"));
        var history = await AuthoringForms.PageAsync(browser, $"/analyst/objects/{picture.Incident}/history");

        var latest = await app.FindObjectAsync("picture", picture.Incident);
        Assert.Equal((HttpStatusCode.Redirect, $"/analyst/incidents/{picture.Incident}"), (saved.StatusCode, saved.Headers.Location?.AbsolutePath));
        Assert.Equal("Attack on Crocus City Hall", latest!.Root.GetProperty("name").GetString());
        Assert.Equal(2, history.Split("class=\"version\"").Length - 1);
        Assert.Contains("data-path=\"name\"", history, StringComparison.Ordinal);
        Assert.Contains($"value=\"{SeededVersion}\"", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_opened_on_a_version_a_colleague_has_since_replaced_is_refused_and_writes_nothing()
    {
        var picture = await SeedAsync(app);
        using var browser = await AuthoringForms.SignedInAsync(app);
        using var colleague = await AuthoringForms.SignedInAsync(app);
        var path = $"/analyst/actors/{picture.Actor}/edit";
        var mine = await AuthoringForms.PageAsync(browser, path);
        var theirs = await AuthoringForms.PageAsync(colleague, path);
        Assert.Equal(HttpStatusCode.Redirect, (await AuthoringForms.PostAsync(colleague, path, theirs, "actor", ("Form.Name", "ISKP"))).StatusCode);
        var before = await app.CountObjectsAsync("picture");

        var refused = await AuthoringForms.PostAsync(browser, path, mine, "actor", ("Form.Name", "ISIL-K"));

        var body = await refused.Content.ReadAsStringAsync(Ct);
        Assert.Equal((HttpStatusCode.Conflict, before, "ISKP"), (refused.StatusCode, await app.CountObjectsAsync("picture"),
            (await app.FindObjectAsync("picture", picture.Actor))!.Root.GetProperty("name").GetString()));
        Assert.Contains("id=\"reload\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_field_is_shown_beside_it_and_nothing_is_written()
    {
        await SeedAsync(app);
        using var browser = await AuthoringForms.SignedInAsync(app);
        var form = await AuthoringForms.PageAsync(browser, "/analyst/incidents/new");
        var before = await app.CountObjectsAsync("picture");

        var refused = await AuthoringForms.PostAsync(browser, "/analyst/incidents/new", form, "incident", ("Form.Name", " "), ("Form.Killed", "many"));

        var body = await refused.Content.ReadAsStringAsync(Ct);
        Assert.Equal((HttpStatusCode.UnprocessableEntity, before), (refused.StatusCode, await app.CountObjectsAsync("picture")));
        Assert.Contains("id=\"name-error\"", body, StringComparison.Ordinal);
        Assert.Contains("id=\"killed-error\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_edit_form_of_another_organisations_object_offers_no_save_and_a_forced_post_writes_nothing()
    {
        var picture = await SeedAsync(app);
        using var browser = await AuthoringForms.SignedInAsync(app);
        var path = $"/analyst/incidents/{picture.TheirIncident}/edit";
        var page = await AuthoringForms.PageAsync(browser, path);
        var before = await app.CountObjectsAsync("picture");
        var ours = await AuthoringForms.PageAsync(browser, "/analyst/incidents/new");

        var forced = await AuthoringForms.PostAsync(browser, path, ours, "incident", ("Form.Name", "Ours now"), ("Form.Modified", SeededVersion));

        Assert.Contains("id=\"not-ours\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"save\"", page, StringComparison.Ordinal);
        // The page renders no form to post to, so the post is refused before any save is tried.
        Assert.Equal((HttpStatusCode.BadRequest, before), (forced.StatusCode, await app.CountObjectsAsync("picture")));
    }

    [Fact]
    public async Task The_assertion_form_records_an_assertion_graded_and_returns_to_the_attribution_view()
    {
        var picture = await SeedAsync(app);
        using var browser = await AuthoringForms.SignedInAsync(app);
        var path = $"/analyst/incidents/{picture.Incident}/assertions/new";
        var form = await AuthoringForms.PageAsync(browser, path);

        var saved = await AuthoringForms.PostAsync(browser, path, form, "assertion", ("Form.Basis", "assessment"), ("Form.Target", picture.Actor),
            ("Form.AssertedBy", picture.Asserter), ("Form.AssertedAt", "2024-03-25T12:00"), ("Form.Report", picture.Report), ("Form.Grade", "B2"),
            ("Form.Marking", "green"));

        var assertion = (await RelationshipsFromAsync(picture.Incident)).Single();
        Assert.Equal((HttpStatusCode.Redirect, $"/analyst/incidents/{picture.Incident}#attribution"), (saved.StatusCode, saved.Headers.Location?.AbsolutePath + saved.Headers.Location?.Fragment));
        Assert.Equal((70, picture.Actor, TlpMarkings.GreenId), (assertion.Root.GetProperty("confidence").GetInt32(),
            assertion.Root.GetProperty("target_ref").GetString(), assertion.ObjectMarkingRefs.Single()));
    }

    [Fact]
    public async Task The_opinion_form_records_who_disagrees_with_an_assertion()
    {
        var picture = await SeedAsync(app);
        using var browser = await AuthoringForms.SignedInAsync(app);
        var assertionPath = $"/analyst/incidents/{picture.Incident}/assertions/new";
        await AuthoringForms.PostAsync(browser, assertionPath, await AuthoringForms.PageAsync(browser, assertionPath), "assertion",
            ("Form.Basis", "accusation"), ("Form.Target", picture.Asserter), ("Form.AssertedBy", picture.Asserter), ("Form.AssertedAt", "2024-03-23T12:00"), ("Form.Grade", "F5"));
        var assertion = (await RelationshipsFromAsync(picture.Incident)).Single();
        var path = $"/analyst/assertions/{assertion.Id}/opinions/new";
        var before = await app.CountObjectsAsync("picture");

        var saved = await AuthoringForms.PostAsync(browser, path, await AuthoringForms.PageAsync(browser, path), "opinion",
            ("Form.Opinion", "strongly-disagree"), ("Form.Authors", "French authorities"));

        Assert.Equal((HttpStatusCode.Redirect, before + 1), (saved.StatusCode, await app.CountObjectsAsync("picture")));
    }

    [Fact]
    public async Task An_unknown_object_has_no_form_and_answers_not_found()
    {
        await SeedAsync(app);
        using var browser = await AuthoringForms.SignedInAsync(app);
        var unknown = $"incident--{Guid.NewGuid():D}";

        var statuses = new List<HttpStatusCode>();
        foreach (var path in new[] { $"/analyst/incidents/{unknown}/edit", $"/analyst/incidents/{unknown}/assertions/new", $"/analyst/objects/{unknown}/history",
                     $"/analyst/assertions/relationship--{Guid.NewGuid():D}/opinions/new", $"/analyst/actors/{unknown}/edit" })
        {
            statuses.Add((await browser.GetAsync(new Uri(path, UriKind.Relative), Ct)).StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.NotFound, s));
    }

    private async Task<IReadOnlyList<StixObject>> RelationshipsFromAsync(string incident)
    {
        var store = app.Services.GetRequiredService<ITocsinStore>();
        var collection = await store.FindCollectionAsync("picture", Ct);
        var page = await store.QueryObjectsAsync(collection!.Id, new ObjectQuery { Types = ["relationship"], Limit = 10_000 }, Ct);
        return [.. page.Value.Items.Select(i => i.Object).Where(o => o.Root.GetProperty("source_ref").GetString() == incident)];
    }
}
