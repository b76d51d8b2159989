using Dapper;
using System.Data.Common;
using Tocsin.Core;
using Tocsin.Core.Audit;
using Tocsin.Core.Classification;
using Tocsin.Core.Sharing;
using Tocsin.Core.Stix;
using Tocsin.Storage.Sharing;

namespace Tocsin.Storage.Common;

/// <summary>Both engines' side of <see cref="ISharingStore"/>: settings, profiles and the share log here,
/// partner views in the engine's <see cref="IPartnerViews"/>.</summary>
internal sealed class SqlSharing(IStoreDatabase database, IPartnerViews views) : ISharingStore
{
    private const string SelectProfile =
        "SELECT p.principal_id AS PrincipalId, pr.name AS Name, p.country AS Country, p.ceiling AS Ceiling, p.releasability AS Releasability, " +
        "p.recipients AS Recipients, p.sectors AS Sectors, p.recipient_groups AS Groups, p.classification_ceiling AS ClassificationCeiling FROM partner_profiles p JOIN principals pr ON pr.id = p.principal_id";

    private readonly IPartnerViews _views = views;

    public async Task<SharingSettings> GetSettingsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return (await ReadSettingsAsync(connection, null, cancellationToken)).Settings;
    }

    public async Task SetSettingsAsync(SharingSettings settings, CancellationToken cancellationToken)
    {
        var row = SharingSettingsRow.Of(settings);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO sharing_settings (singleton, organisation_ids, default_tlp, groups_json, revision) VALUES (1, @Ids, @Tlp, @Groups, 1)
            ON CONFLICT (singleton) DO UPDATE SET organisation_ids = excluded.organisation_ids, default_tlp = excluded.default_tlp,
                groups_json = excluded.groups_json, revision = sharing_settings.revision + 1
            """,
            row, transaction, cancellationToken: cancellationToken));
        await database.AppendAuditAsync(connection, transaction, row.AuditOfSet(), database.NowMicros(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<Result<PartnerProfile>> SetProfileAsync(PartnerProfile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var (settings, _) = await ReadSettingsAsync(connection, transaction, cancellationToken);
        var normalised = PartnerProfileRules.Normalise(profile, settings.Groups);
        if (!normalised.IsSuccess)
        {
            return normalised;
        }

        var principal = await connection.QuerySingleOrDefaultAsync<PrincipalKindRow>(new CommandDefinition(
            "SELECT name AS Name, kind AS Kind FROM principals WHERE id = @id", new { id = StoreValues.Text(profile.PrincipalId) },
            transaction, cancellationToken: cancellationToken));
        if (principal is not { } found)
        {
            return StoreErrors.PrincipalNotFound(profile.PrincipalId);
        }

        if (found.Kind != "partner")
        {
            return SharingErrors.NotAPartner(profile.PrincipalId);
        }

        var value = normalised.Value with { Name = found.Name };
        var row = PartnerProfileRow.Of(value);
        await UpsertProfileAsync(connection, transaction, row, cancellationToken);
        await database.AppendAuditAsync(connection, transaction, row.AuditOfSet(), database.NowMicros(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return value;
    }

    public async Task<PartnerProfile?> FindProfileAsync(Guid principalId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await FindProfileAsync(connection, null, principalId, cancellationToken);
    }

    public async Task<IReadOnlyList<PartnerProfile>> ListProfilesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<PartnerProfileRow>(new CommandDefinition(SelectProfile + " ORDER BY pr.name", cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToProfile())];
    }

    public Task<Result<PartnerViewChange>> RefreshPartnerViewAsync(Guid partnerId, Guid collectionId, bool force, CancellationToken cancellationToken) =>
        _views.RefreshAsync(ViewReader.Partner(partnerId, NationalRules.Default), collectionId, force, cancellationToken);

    public Task<Result<ObjectPage>> QueryPartnerViewAsync(Guid partnerId, Guid collectionId, ObjectQuery query, CancellationToken cancellationToken) =>
        _views.QueryAsync(ViewReader.Partner(partnerId, NationalRules.Default), collectionId, query, cancellationToken);

    public Task<Result<PartnerViewChange>> RefreshViewAsync(ViewReader reader, Guid collectionId, bool force, CancellationToken cancellationToken) =>
        _views.RefreshAsync(reader, collectionId, force, cancellationToken);

    public Task<Result<IReadOnlyList<ViewDecision>>> ExplainViewAsync(ViewReader reader, Guid collectionId, CancellationToken cancellationToken) =>
        _views.ExplainAsync(reader, collectionId, cancellationToken);

    public Task<Result<IReadOnlyList<SharingDecision>>> ExplainCandidatesAsync(ViewReader reader, Guid collectionId, IReadOnlyList<StixObject> candidates,
        CancellationToken cancellationToken) =>
        _views.ExplainCandidatesAsync(reader, collectionId, candidates, cancellationToken);

    public Task<Result<ObjectPage>> QueryViewAsync(ViewReader reader, Guid collectionId, ObjectQuery query, CancellationToken cancellationToken) =>
        _views.QueryAsync(reader, collectionId, query, cancellationToken);

    public async Task LogSharedAsync(Guid partnerId, IReadOnlyList<SharedVersion> versions, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(versions);
        if (versions.Count == 0)
        {
            return;
        }

        var partner = StoreValues.Text(partnerId);
        var sharedAt = DateAddedStamp.FromInstant(at).Microseconds;
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        await VersionLogInsert.RunAsync(connection, transaction, "share_log",
            new Dictionary<string, object> { ["partner_id"] = partner, ["shared_at"] = sharedAt }, versions, cancellationToken);
        await database.AppendAuditAsync(connection, transaction,
            ServedVersionsAudit.Of(AuditActions.ShareServed, partner, versions, sharedAt), database.NowMicros(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<Result<IReadOnlyList<ShareLogEntry>>> SharedBetweenAsync(Guid partnerId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        if (to < from)
        {
            return SharingErrors.RangeInvalid();
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<ShareLogRow>(new CommandDefinition(
            """
            SELECT object_id AS ObjectId, version_key AS VersionKey, shared_at AS SharedAt FROM share_log
            WHERE partner_id = @partner AND shared_at >= @from AND shared_at < @to ORDER BY shared_at, row_id
            """,
            new
            {
                partner = StoreValues.Text(partnerId),
                from = DateAddedStamp.FromInstant(from).Microseconds,
                to = DateAddedStamp.FromInstant(to).Microseconds,
            },
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToEntry()).ToList();
    }

    public Task<Result<PartnerChangeResult>> ApplyPartnerChangeAsync(PartnerChange change, CancellationToken cancellationToken) =>
        new SqlPartnerChanges(database).ApplyAsync(change, cancellationToken);

    /// <summary>Stores a normalised profile row inside the caller's write transaction, bumping its revision so that the
    /// partner's views are recomputed. Not audited here: the caller audits its whole transaction.</summary>
    public static Task UpsertProfileAsync(DbConnection connection, DbTransaction transaction, PartnerProfileRow row, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO partner_profiles (principal_id, country, ceiling, releasability, recipients, sectors, recipient_groups, classification_ceiling, revision)
            VALUES (@PrincipalId, @Country, @Ceiling, @Releasability, @Recipients, @Sectors, @Groups, @ClassificationCeiling, 1)
            ON CONFLICT (principal_id) DO UPDATE SET country = excluded.country, ceiling = excluded.ceiling,
                classification_ceiling = excluded.classification_ceiling,
                releasability = excluded.releasability, recipients = excluded.recipients, sectors = excluded.sectors,
                recipient_groups = excluded.recipient_groups, revision = partner_profiles.revision + 1
            """,
            row, transaction, cancellationToken: cancellationToken));

    /// <summary>The profile of a partner on an open connection, or null.</summary>
    public static async Task<PartnerProfile?> FindProfileAsync(DbConnection connection, DbTransaction? transaction, Guid principalId, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<PartnerProfileRow>(new CommandDefinition(
            SelectProfile + " WHERE p.principal_id = @id", new { id = StoreValues.Text(principalId) }, transaction, cancellationToken: cancellationToken));
        return row?.ToProfile();
    }

    /// <summary>The settings and their revision (0 when never set).</summary>
    public static async Task<(SharingSettings Settings, long Revision)> ReadSettingsAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<SharingSettingsRow>(new CommandDefinition(
            "SELECT organisation_ids AS Ids, default_tlp AS Tlp, groups_json AS Groups, revision AS Revision FROM sharing_settings WHERE singleton = 1",
            transaction: transaction, cancellationToken: cancellationToken));
        return row is null ? (new SharingSettings(), 0) : (row.ToSettings(), row.Revision);
    }

    private sealed record PrincipalKindRow(string Name, string Kind);
}
