using System.Security.Cryptography;
using Tocsin.Core.Audit;
using Tocsin.Core.Principals;
using Tocsin.Storage.Sharing;

namespace Tocsin.Storage.Tests.Sharing;

/// <summary>Contract: certificates that identify partners over mutual TLS. Each engine derives a test class from it.</summary>
public abstract class PartnerCertificateContract : StoreContractBase
{
    [Fact]
    public async Task A_registration_comes_back_as_it_was_stored_and_is_audited()
    {
        await using var db = await OpenAsync();
        var partner = await PartnerAsync(db, "bfv");
        var registration = Pinned(partner.Id) with { Label = "collector-1" };

        var added = await db.Store.PartnerCertificates.AddAsync(registration, Ct);
        var listed = await db.Store.PartnerCertificates.ListAsync(partner.Id, Ct);
        var head = await db.Store.Audit.HeadAsync(Ct);

        var stored = listed.Single();
        Assert.Equal((registration.Id, registration.Thumbprint, registration.Subject, Convert.ToHexString(registration.Certificate), "collector-1", TestStore.Start, (DateTimeOffset?)null),
            (stored.Id, stored.Thumbprint, stored.Subject, Convert.ToHexString(stored.Certificate), stored.Label, stored.CreatedAt, stored.RevokedAt));
        Assert.Equal((registration.NotBefore, registration.NotAfter, AuditActions.PartnerCertificateAdd), (added.Value.NotBefore, added.Value.NotAfter, head!.Action));
    }

    [Fact]
    public async Task Candidates_are_active_pinned_by_thumbprint_and_issuers_by_subject()
    {
        await using var db = await OpenAsync();
        var partner = await PartnerAsync(db, "bfv");
        var pinned = Pinned(partner.Id);
        var issuer = Issuer(partner.Id, "CN=collector, O=BfV, C=DE");
        var otherSubject = Issuer(partner.Id, "CN=someone-else, O=BfV, C=DE");
        foreach (var registration in new[] { pinned, issuer, otherSubject })
        {
            (await db.Store.PartnerCertificates.AddAsync(registration, Ct)).Value.ToString();
        }

        var byThumbprint = await db.Store.PartnerCertificates.CandidatesAsync(pinned.Thumbprint, "CN=nobody", Ct);
        var bySubject = await db.Store.PartnerCertificates.CandidatesAsync(new string('0', 64), "CN=collector, O=BfV, C=DE", Ct);

        Assert.Equal((pinned.Id, issuer.Id), (byThumbprint.Single().Id, bySubject.Single().Id));
    }

    [Fact]
    public async Task A_revoked_registration_is_no_longer_a_candidate_and_keeps_its_first_revocation_time()
    {
        await using var db = await OpenAsync();
        var partner = await PartnerAsync(db, "bfv");
        var pinned = (await db.Store.PartnerCertificates.AddAsync(Pinned(partner.Id), Ct)).Value;

        var first = await db.Store.PartnerCertificates.RevokeAsync(partner.Id, pinned.Id, Ct);
        db.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await db.Store.PartnerCertificates.RevokeAsync(partner.Id, pinned.Id, Ct);
        var candidates = await db.Store.PartnerCertificates.CandidatesAsync(pinned.Thumbprint, pinned.Subject, Ct);

        Assert.Equal((TestStore.Start, TestStore.Start, 0), (first.Value.RevokedAt, second.Value.RevokedAt, candidates.Count));
    }

    [Fact]
    public async Task Revoking_another_partners_registration_is_not_found_and_changes_nothing()
    {
        await using var db = await OpenAsync();
        var owner = await PartnerAsync(db, "bfv");
        var other = await PartnerAsync(db, "dgsi");
        var pinned = (await db.Store.PartnerCertificates.AddAsync(Pinned(owner.Id), Ct)).Value;

        var refused = await db.Store.PartnerCertificates.RevokeAsync(other.Id, pinned.Id, Ct);

        Assert.Equal(("partner-certificate-not-found", 1), (refused.Error?.Code, (await db.Store.PartnerCertificates.CandidatesAsync(pinned.Thumbprint, "x", Ct)).Count));
    }

    [Fact]
    public async Task The_same_active_certificate_cannot_identify_two_partners_but_may_once_revoked()
    {
        await using var db = await OpenAsync();
        var first = await PartnerAsync(db, "bfv");
        var second = await PartnerAsync(db, "dgsi");
        var pinned = (await db.Store.PartnerCertificates.AddAsync(Pinned(first.Id), Ct)).Value;

        var taken = await db.Store.PartnerCertificates.AddAsync(pinned with { Id = Guid.NewGuid(), PrincipalId = second.Id }, Ct);
        (await db.Store.PartnerCertificates.RevokeAsync(first.Id, pinned.Id, Ct)).Value.ToString();
        var afterRevocation = await db.Store.PartnerCertificates.AddAsync(pinned with { Id = Guid.NewGuid(), PrincipalId = second.Id }, Ct);

        Assert.Equal(("partner-certificate-taken", true), (taken.Error?.Code, afterRevocation.IsSuccess));
    }

    [Fact]
    public async Task A_staff_principal_cannot_hold_a_certificate()
    {
        await using var db = await OpenAsync();
        var user = (await db.Store.AddPrincipalAsync("ana", PrincipalKind.User, [Role.Admin], null, Ct)).Value;
        var before = await db.Store.Audit.HeadAsync(Ct);

        var refused = await db.Store.PartnerCertificates.AddAsync(Pinned(user.Id), Ct);

        Assert.Equal(("partner-not-found", before?.Sequence), (refused.Error?.Code, (await db.Store.Audit.HeadAsync(Ct))?.Sequence));
    }

    [Fact]
    public async Task Removing_the_partner_removes_its_registrations()
    {
        await using var db = await OpenAsync();
        var partner = await PartnerAsync(db, "bfv");
        var pinned = (await db.Store.PartnerCertificates.AddAsync(Pinned(partner.Id), Ct)).Value;

        (await db.Store.RemovePrincipalAsync("bfv", Ct)).Value.ToString();

        Assert.Empty(await db.Store.PartnerCertificates.CandidatesAsync(pinned.Thumbprint, pinned.Subject, Ct));
    }

    [Fact]
    public async Task Only_a_partner_is_found_as_a_partner()
    {
        await using var db = await OpenAsync();
        var partner = await PartnerAsync(db, "bfv");
        var user = (await db.Store.AddPrincipalAsync("ana", PrincipalKind.User, [Role.Admin], null, Ct)).Value;

        var found = (await db.Store.PartnerCertificates.FindPartnerAsync(partner.Id, Ct))?.Name;
        var staff = await db.Store.PartnerCertificates.FindPartnerAsync(user.Id, Ct);

        Assert.Equal(("bfv", (Principal?)null), (found, staff));
    }

    private static async Task<Principal> PartnerAsync(TestStore db, string name) =>
        (await db.Store.AddPrincipalAsync(name, PrincipalKind.Partner, [], null, Ct)).Value;

    private static PartnerCertificate Pinned(Guid principalId) => Registration(principalId, PartnerCertificateKind.Pinned, "CN=collector, O=BfV, C=DE");

    private static PartnerCertificate Issuer(Guid principalId, string subject) => Registration(principalId, PartnerCertificateKind.Issuer, subject);

    private static PartnerCertificate Registration(Guid principalId, PartnerCertificateKind kind, string subject)
    {
        var der = RandomNumberGenerator.GetBytes(64);
        return new PartnerCertificate(Guid.NewGuid(), principalId, kind, Convert.ToHexStringLower(SHA256.HashData(der)), subject, der,
            new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    }
}
