using System.Text.Json.Nodes;
using Dapper;
using Tocsin.Core;
using Tocsin.Core.Audit;
using Tocsin.Core.Principals;
using Tocsin.Storage.Sharing;

namespace Tocsin.Storage.Common;

/// <summary>Both engines' side of <see cref="IPartnerCertificateStore"/> over <c>partner_certificates</c>.</summary>
internal sealed class SqlPartnerCertificates(IStoreDatabase database) : IPartnerCertificateStore
{
    private const string Columns =
        "c.id AS Id, c.principal_id AS PrincipalId, c.kind AS Kind, c.thumbprint AS Thumbprint, c.subject AS Subject, c.certificate AS Certificate, " +
        "c.not_before AS NotBefore, c.not_after AS NotAfter, c.label AS Label, c.created_at AS CreatedAt, c.revoked_at AS RevokedAt";

    public async Task<Result<PartnerCertificate>> AddAsync(PartnerCertificate registration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registration);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var principal = StoreValues.Text(registration.PrincipalId);
        var partner = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM principals WHERE id = @principal AND kind = 'partner'", new { principal }, transaction, cancellationToken: cancellationToken));
        if (partner == 0)
        {
            return new Error("partner-not-found", $"No partner has id {registration.PrincipalId:D}.");
        }

        var kind = KindName(registration.Kind);
        var taken = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM partner_certificates WHERE kind = @kind AND thumbprint = @Thumbprint AND subject = @Subject AND revoked_at IS NULL",
            new { kind, registration.Thumbprint, registration.Subject }, transaction, cancellationToken: cancellationToken));
        if (taken > 0)
        {
            return new Error("partner-certificate-taken", registration.Kind == PartnerCertificateKind.Pinned
                ? $"The certificate {registration.Thumbprint} is already registered to a partner; revoke that registration first."
                : $"The CA {registration.Thumbprint} with subject '{registration.Subject}' is already registered to a partner; revoke that registration first.");
        }

        var now = database.NowMicros();
        var id = StoreValues.Text(registration.Id);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO partner_certificates (id, principal_id, kind, thumbprint, subject, certificate, not_before, not_after, label, created_at, revoked_at)
            VALUES (@id, @principal, @kind, @Thumbprint, @Subject, @Certificate, @notBefore, @notAfter, @Label, @now, NULL)
            """,
            new
            {
                id,
                principal,
                kind,
                registration.Thumbprint,
                registration.Subject,
                registration.Certificate,
                notBefore = DateAddedStamp.FromInstant(registration.NotBefore).Microseconds,
                notAfter = DateAddedStamp.FromInstant(registration.NotAfter).Microseconds,
                registration.Label,
                now,
            },
            transaction,
            cancellationToken: cancellationToken));
        await database.AppendAuditAsync(connection, transaction, AuditRecord.Of(AuditActions.PartnerCertificateAdd, id, new JsonObject
        {
            ["principal"] = principal,
            ["kind"] = kind,
            ["thumbprint"] = registration.Thumbprint,
            ["subject"] = registration.Subject,
            ["label"] = registration.Label,
        }), now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return registration with { CreatedAt = StoreValues.InstantOf(now), RevokedAt = null };
    }

    public async Task<IReadOnlyList<PartnerCertificate>> ListAsync(Guid principalId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM partner_certificates c WHERE c.principal_id = @principal ORDER BY c.created_at DESC, c.id",
            new { principal = StoreValues.Text(principalId) }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToRegistration())];
    }

    public async Task<Result<PartnerCertificate>> RevokeAsync(Guid principalId, Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var now = database.NowMicros();
        var principal = StoreValues.Text(principalId);
        var registration = StoreValues.Text(id);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE partner_certificates SET revoked_at = COALESCE(revoked_at, @now) WHERE id = @registration AND principal_id = @principal",
            new { now, registration, principal }, transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            return new Error("partner-certificate-not-found", $"The partner holds no certificate registration {id:D}.");
        }

        await database.AppendAuditAsync(connection, transaction, AuditRecord.Of(AuditActions.PartnerCertificateRevoke, registration,
            new JsonObject { ["principal"] = principal }), now, cancellationToken);
        var row = await connection.QuerySingleAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM partner_certificates c WHERE c.id = @registration", new { registration }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return row.ToRegistration();
    }

    public async Task<IReadOnlyList<PartnerCertificate>> CandidatesAsync(string thumbprint, string subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(thumbprint);
        ArgumentNullException.ThrowIfNull(subject);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        // Joined to principals so that only a partner can ever be identified, whatever a row says.
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"""
            SELECT {Columns} FROM partner_certificates c JOIN principals p ON p.id = c.principal_id
            WHERE c.revoked_at IS NULL AND p.kind = 'partner'
              AND ((c.kind = 'pinned' AND c.thumbprint = @thumbprint) OR (c.kind = 'issuer' AND c.subject = @subject))
            ORDER BY c.created_at, c.id
            """,
            new { thumbprint, subject }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToRegistration())];
    }

    public async Task<Principal?> FindPartnerAsync(Guid principalId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var principal = await SqlPrincipals.FindByIdAsync(connection, StoreValues.Text(principalId), cancellationToken);
        return principal is { Kind: PrincipalKind.Partner } ? principal : null;
    }

    private static string KindName(PartnerCertificateKind kind) => kind switch
    {
        PartnerCertificateKind.Pinned => "pinned",
        PartnerCertificateKind.Issuer => "issuer",
    };

    private sealed record Row(string Id, string PrincipalId, string Kind, string Thumbprint, string Subject, byte[] Certificate, long NotBefore, long NotAfter,
        string? Label, long CreatedAt, long? RevokedAt)
    {
        public PartnerCertificate ToRegistration() => new(Guid.Parse(Id), Guid.Parse(PrincipalId),
            string.Equals(Kind, "pinned", StringComparison.Ordinal) ? PartnerCertificateKind.Pinned : PartnerCertificateKind.Issuer,
            Thumbprint, Subject, Certificate, StoreValues.InstantOf(NotBefore), StoreValues.InstantOf(NotAfter))
        {
            Label = Label,
            CreatedAt = StoreValues.InstantOf(CreatedAt),
            RevokedAt = RevokedAt is { } revoked ? StoreValues.InstantOf(revoked) : null,
        };
    }
}
