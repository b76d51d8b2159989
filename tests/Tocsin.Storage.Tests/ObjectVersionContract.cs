using Tocsin.Core.Stix;
using Tocsin.Testing;

namespace Tocsin.Storage.Tests;

/// <summary>Contract: storing versions, duplicates, conflicts, rejections, atomicity, tombstones and history.</summary>
public abstract class ObjectVersionContract : AccessContract
{
    private const string V1 = "2024-03-22T18:00:00.000Z";
    private const string V2 = "2024-03-23T09:30:00.000Z";
    private const string V3 = "2024-03-24T12:00:00.000Z";

    [Fact]
    public async Task Every_version_is_kept_exactly_as_received_in_the_order_added()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var indicator = StixJson.Indicator();
        var versions = new[] { indicator.Modified(V2).Build(), indicator.Modified(V1).Build(), indicator.Modified(V3).Build() };

        var result = await db.AddAsync(collection, versions);

        Assert.Equal(3, result.Count(ObjectOutcomeKind.Added));
        Assert.Equal(versions.Select(v => v.Json.ToArray()), (await db.AllAsync(collection)).Select(s => s.Object.Json.ToArray()));
    }

    [Fact]
    public async Task Last_is_the_default_and_selects_the_latest_version()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var indicator = StixJson.Indicator();
        await db.AddAsync(collection, indicator.Modified(V3).Build(), indicator.Modified(V1).Build(), indicator.Modified(V2).Build());

        var page = await db.QueryAsync(collection, new ObjectQuery());

        Assert.Equal(V3, Assert.Single(page.Items).Object.Modified?.Text);
    }

    [Fact]
    public async Task First_selects_the_earliest_version()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var indicator = StixJson.Indicator();
        await db.AddAsync(collection, indicator.Modified(V2).Build(), indicator.Modified(V1).Build(), indicator.Modified(V3).Build());

        var items = await db.AllAsync(collection, new VersionFilter { IncludeFirst = true });

        Assert.Equal(V1, Assert.Single(items).Object.Modified?.Text);
    }

    [Fact]
    public async Task A_timestamp_selects_the_version_at_that_instant_however_written()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var indicator = StixJson.Indicator();
        await db.AddAsync(collection, indicator.Modified("2024-03-23T09:30:00.000Z").Build(), indicator.Modified(V3).Build());

        // STIX requires millisecond precision for modified (§3.2); the query may be written with more digits.
        var items = await db.AllAsync(collection, new VersionFilter { Timestamps = [StixTimestamp.Parse("2024-03-23T09:30:00.000000Z")] });

        Assert.Equal("2024-03-23T09:30:00.000Z", Assert.Single(items).Object.Modified?.Text);
    }

    [Fact]
    public async Task Combined_filters_select_the_union_once_each()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var indicator = StixJson.Indicator();
        var other = StixJson.Identity();
        await db.AddAsync(collection, indicator.Modified(V1).Build(), indicator.Modified(V2).Build(), indicator.Modified(V3).Build(),
            other.Modified(V2).Build());

        var items = await db.AllAsync(collection, new VersionFilter
        {
            IncludeFirst = true,
            IncludeLast = true,
            Timestamps = [StixTimestamp.Parse(V1), StixTimestamp.Parse(V2)],
        });

        Assert.Equal([V1, V2, V3, V2], items.Select(s => s.Object.Modified?.Text));
    }

    [Fact]
    public async Task An_empty_version_filter_selects_nothing()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        await db.AddAsync(collection, StixJson.Indicator().Build());

        var items = await db.AllAsync(collection, new VersionFilter());

        Assert.Empty(items);
    }

    [Fact]
    public async Task An_identical_duplicate_succeeds_without_change()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var indicator = StixJson.Indicator();
        var first = await db.AddAsync(collection, indicator.Build());
        db.Clock.Advance(TimeSpan.FromSeconds(1));

        var again = await db.AddAsync(collection, indicator.Reversed().Build(indented: true));

        var outcome = Assert.Single(again.Outcomes);
        Assert.Equal((ObjectOutcomeKind.Duplicate, first.Outcomes[0].DateAdded), (outcome.Kind, outcome.DateAdded));
        Assert.Equal(indicator.ToJson(), System.Text.Encoding.UTF8.GetString(Assert.Single(await db.AllAsync(collection)).Object.Json.Span));
    }

    [Fact]
    public async Task Different_content_under_an_existing_version_is_a_conflict_and_changes_nothing()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var indicator = StixJson.Indicator();
        await db.AddAsync(collection, indicator.Build());

        var result = await db.AddAsync(collection, indicator.With("name", "Rewritten").Build());

        Assert.Equal(ObjectOutcomeKind.Conflict, Assert.Single(result.Outcomes).Kind);
        Assert.Equal("Crocus City Hall attack infrastructure",
            Assert.Single(await db.AllAsync(collection)).Object.Root.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Within_one_batch_a_repeat_is_a_duplicate_and_a_variant_a_conflict()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var indicator = StixJson.Indicator();

        var result = await db.AddAsync(collection, indicator.Build(), indicator.Build(indented: true), indicator.With("name", "x").Build());

        Assert.Equal([ObjectOutcomeKind.Added, ObjectOutcomeKind.Duplicate, ObjectOutcomeKind.Conflict], result.Outcomes.Select(o => o.Kind));
        Assert.Equal(result.Outcomes[0].DateAdded, result.Outcomes[1].DateAdded);
    }

    [Fact]
    public async Task An_observable_is_keyed_by_its_content()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var address = StixJson.Ipv4Address("203.0.113.5");

        var result = await db.AddAsync(collection, address.Build(), address.Reversed().Build(), address.With("value", "203.0.113.6").Build());

        Assert.Equal([ObjectOutcomeKind.Added, ObjectOutcomeKind.Duplicate, ObjectOutcomeKind.Added], result.Outcomes.Select(o => o.Kind));
        Assert.StartsWith("sha256:", result.Outcomes[0].Version, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_object_is_rejected_with_its_issues_while_valid_ones_are_stored()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var valid = StixJson.Indicator();

        var result = await db.AddAsync(collection, StixJson.Indicator().With("id", "indicator--not-a-uuid").Build(), valid.Build(),
            StixJson.Identity().Without("modified").Without("created").Build());

        Assert.Equal([ObjectOutcomeKind.Rejected, ObjectOutcomeKind.Added, ObjectOutcomeKind.Rejected], result.Outcomes.Select(o => o.Kind));
        Assert.All(result.Outcomes.Where(o => o.Kind == ObjectOutcomeKind.Rejected), o => Assert.NotEmpty(o.Issues));
        Assert.Equal(valid.Id, Assert.Single(await db.AllAsync(collection)).Object.Id);
    }

    [Fact]
    public async Task A_failure_half_way_through_a_batch_stores_nothing_of_it()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var doomed = StixJson.Identity();
        await db.FailWritesOfAsync(doomed.Id);

        await Assert.ThrowsAnyAsync<Exception>(() => db.AddAsync(collection, StixJson.Indicator().Build(), StixJson.Indicator().Build(), doomed.Build()));

        Assert.Equal(0, await db.Store.CountObjectsAsync(collection.Id, Ct));
    }

    [Fact]
    public async Task A_cancelled_batch_stores_nothing()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        using var cancellation = new CancellationTokenSource();
        var objects = new CancellingList([StixJson.Indicator().Build(), StixJson.Indicator().Build(), StixJson.Indicator().Build()], cancelAt: 1, cancellation);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => db.Store.AddObjectsAsync(collection.Id, objects, cancellation.Token));

        Assert.Equal(0, await db.Store.CountObjectsAsync(collection.Id, Ct));
    }

    [Fact]
    public async Task A_stored_version_added_to_another_collection_is_added_there()
    {
        await using var db = await OpenAsync();
        var first = await db.NewCollectionAsync();
        var second = await db.NewCollectionAsync();
        var indicator = StixJson.Indicator().Build();
        await db.AddAsync(first, indicator);

        var result = await db.AddAsync(second, indicator);

        Assert.Equal(ObjectOutcomeKind.Added, Assert.Single(result.Outcomes).Kind);
        Assert.Equal((1, 1), (await db.Store.CountObjectsAsync(first.Id, Ct), await db.Store.CountObjectsAsync(second.Id, Ct)));
    }

    [Fact]
    public async Task A_tombstone_hides_versions_from_queries_but_history_keeps_them()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var indicator = StixJson.Indicator();
        await db.AddAsync(collection, indicator.Modified(V1).Build(), indicator.Modified(V2).Build());

        var deleted = await db.Store.DeleteObjectAsync(collection.Id, indicator.Id, VersionFilter.Last, Ct);

        Assert.Equal(1, deleted);
        Assert.Equal(V1, Assert.Single((await db.QueryAsync(collection, new ObjectQuery())).Items).Object.Modified?.Text);
        Assert.Equal([(V1, false), (V2, true)], (await db.Store.HistoryAsync(indicator.Id, Ct)).Select(s => (s.Object.Modified?.Text, s.Deleted)));
        Assert.Equal(1, await db.Store.CountObjectsAsync(collection.Id, Ct));
    }

    [Fact]
    public async Task Deleting_all_versions_hides_the_object_and_deleting_again_matches_nothing()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var indicator = StixJson.Indicator();
        await db.AddAsync(collection, indicator.Modified(V1).Build(), indicator.Modified(V2).Build());

        var first = await db.Store.DeleteObjectAsync(collection.Id, indicator.Id, VersionFilter.All, Ct);
        var second = await db.Store.DeleteObjectAsync(collection.Id, indicator.Id, VersionFilter.All, Ct);

        Assert.Equal((2, 0), (first, second));
        Assert.Empty(await db.AllAsync(collection));
    }

    [Fact]
    public async Task A_tombstoned_version_sent_again_is_visible_again_with_a_new_date_added()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var indicator = StixJson.Indicator().Build();
        var added = await db.AddAsync(collection, indicator);
        await db.Store.DeleteObjectAsync(collection.Id, indicator.Id, VersionFilter.All, Ct);

        var again = await db.AddAsync(collection, indicator);

        Assert.Equal(ObjectOutcomeKind.Added, again.Outcomes[0].Kind);
        Assert.True(again.Outcomes[0].DateAdded > added.Outcomes[0].DateAdded);
        Assert.Single(await db.AllAsync(collection));
    }

    [Fact]
    public async Task A_domain_object_without_spec_version_is_a_STIX_2_0_object_and_is_rejected()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();

        var result = await db.AddAsync(collection, StixJson.Indicator().Without("spec_version").Build());

        Assert.Equal(ObjectOutcomeKind.Rejected, Assert.Single(result.Outcomes).Kind);
    }

    [Fact]
    public async Task Spec_version_filter_counts_an_observable_without_spec_version_as_2_1()
    {
        // SCOs may omit spec_version (STIX 2.1 §3.1); a stored one is a 2.1 object, so it counts as 2.1.
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var observable = StixJson.Ipv4Address().Without("spec_version").Build();
        await db.AddAsync(collection, observable, StixJson.Identity().Build());

        var twoZero = await db.QueryAsync(collection, new ObjectQuery { SpecVersions = ["2.0"] });
        var twoOne = await db.QueryAsync(collection, new ObjectQuery { SpecVersions = ["2.1"] });

        Assert.Empty(twoZero.Items);
        Assert.Equal(2, twoOne.Items.Count);
    }

    [Fact]
    public async Task Ids_and_types_filter_the_page()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var wanted = StixJson.Indicator();
        await db.AddAsync(collection, wanted.Build(), StixJson.Indicator().Build(), StixJson.Identity().Build());

        var byId = await db.QueryAsync(collection, new ObjectQuery { Ids = [wanted.Id] });
        var byType = await db.QueryAsync(collection, new ObjectQuery { Types = ["identity", "malware"] });

        Assert.Equal(wanted.Id, Assert.Single(byId.Items).Object.Id);
        Assert.Equal("identity", Assert.Single(byType.Items).Object.Type);
    }

    [Fact]
    public async Task Naming_an_unknown_collection_is_a_bug()
    {
        await using var db = await OpenAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => db.Store.AddObjectsAsync(Guid.NewGuid(), [StixJson.Indicator().Build()], Ct));
    }
}
