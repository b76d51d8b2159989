namespace Tocsin.Core.Audit;

/// <summary>The audit log's action names (docs/audit.md lists what each one's details hold).</summary>
public static class AuditActions
{
    /// <summary>Object versions became visible in a collection (one entry per import batch).</summary>
    public const string ObjectAdd = "object.add";

    /// <summary>Versions were tombstoned in a collection.</summary>
    public const string ObjectTombstone = "object.tombstone";

    /// <summary>A collection was created.</summary>
    public const string CollectionAdd = "collection.add";

    /// <summary>A principal's rights on a collection were set or revoked.</summary>
    public const string GrantSet = "grant.set";

    /// <summary>A principal was added.</summary>
    public const string PrincipalAdd = "principal.add";

    /// <summary>A principal was removed with its keys and grants.</summary>
    public const string PrincipalRemove = "principal.remove";

    /// <summary>A principal's roles were replaced (by single sign-on mapping the provider's role claims).</summary>
    public const string PrincipalRoles = "principal.roles";

    /// <summary>An administrator disabled a user: it signs in by no path until enabled.</summary>
    public const string PrincipalDisable = "principal.disable";

    /// <summary>An administrator enabled a disabled user again.</summary>
    public const string PrincipalEnable = "principal.enable";

    /// <summary>An API key was issued.</summary>
    public const string ApiKeyAdd = "apikey.add";

    /// <summary>An API key was revoked.</summary>
    public const string ApiKeyRevoke = "apikey.revoke";

    /// <summary>A certificate (pinned, or an issuing CA with a subject) was registered to identify a partner over mutual TLS.</summary>
    public const string PartnerCertificateAdd = "partnercert.add";

    /// <summary>A partner's certificate registration was revoked.</summary>
    public const string PartnerCertificateRevoke = "partnercert.revoke";

    /// <summary>A CAP message was published.</summary>
    public const string PublicationAdd = "publication.add";

    /// <summary>A webhook subscriber was registered.</summary>
    public const string SubscriberAdd = "subscriber.add";

    /// <summary>A webhook subscriber was disabled.</summary>
    public const string SubscriberDisable = "subscriber.disable";

    /// <summary>A subscriber acknowledged a message.</summary>
    public const string SubscriberAcknowledge = "subscriber.acknowledge";

    /// <summary>A webhook subscriber's sectors and recipient groups were set.</summary>
    public const string SubscriberRecipient = "subscriber.recipient";

    /// <summary>An administrator put a subscriber's dead letter back in the outbox, to be sent again with the same webhook-id.</summary>
    public const string SubscriberRetry = "subscriber.retry";

    /// <summary>A recipient reported how it implemented the measures of a posture addressed to it.</summary>
    public const string PostureReport = "posture.report";

    /// <summary>Reminders to report were queued for the recipients of a posture who had not answered.</summary>
    public const string PostureReminder = "posture.reminder";

    /// <summary>A decision was proposed, approved, rejected or cancelled (with the CAP messages it published).</summary>
    public const string DecisionChange = "decision.change";

    /// <summary>A protective posture was proposed, approved, rejected, withdrawn or cancelled, or its cancellation
    /// proposed, rejected or withdrawn.</summary>
    public const string PostureChange = "posture.change";

    /// <summary>The sharing settings (our identities, default TLP, groups) were set.</summary>
    public const string SharingSettingsSet = "sharing.settings";

    /// <summary>A staff member's clearance (level, compartments) was granted, changed or revoked.</summary>
    public const string ClearanceChange = "clearance.change";

    /// <summary>A partner's profile (country, ceiling, releasability) was set.</summary>
    public const string PartnerProfileSet = "partner.profile";

    /// <summary>One administrative change to a partner, written whole: created or not, its profile, the keys issued
    /// (ids, never secrets) and the keys revoked.</summary>
    public const string PartnerChange = "partner.change";

    /// <summary>Object versions were served to a partner (one entry per response).</summary>
    public const string ShareServed = "share.served";

    /// <summary>An ingest draft was stored (its bundle bound by SHA-256).</summary>
    public const string DraftAdd = "draft.add";

    /// <summary>An analyst accepted or dropped a draft item.</summary>
    public const string DraftItemDecide = "draft.decide";

    /// <summary>A partner service's versions were stored as its contribution (never part of our picture).</summary>
    public const string ContributionAdd = "contribution.add";

    /// <summary>A partner service tombstoned versions of its own contribution.</summary>
    public const string ContributionTombstone = "contribution.tombstone";

    /// <summary>An analyst promoted a partner's contribution into our picture (verbatim or as our derived object).</summary>
    public const string ContributionPromote = "contribution.promote";

    /// <summary>A tearline releasing some properties as they stand was asked for, waiting for a second person.</summary>
    public const string TearlineRequest = "tearline.request";

    /// <summary>An approver released a requested tearline.</summary>
    public const string TearlineRelease = "tearline.release";

    /// <summary>Notifications to approvers or the on-call webhook were queued.</summary>
    public const string NotificationQueue = "notification.queue";

    /// <summary>A queued notification was delivered, or given up as a dead letter.</summary>
    public const string NotificationOutcome = "notification.outcome";

    /// <summary>A second factor (TOTP secret or passkey) was enrolled.</summary>
    public const string SecondFactorEnrol = "secondfactor.enrol";

    /// <summary>A second factor was removed by its holder.</summary>
    public const string SecondFactorRemove = "secondfactor.remove";

    /// <summary>An administrator removed every second factor and recovery code of a principal.</summary>
    public const string SecondFactorReset = "secondfactor.reset";

    /// <summary>A new set of recovery codes replaced the previous one.</summary>
    public const string RecoveryCodesIssue = "recoverycodes.issue";

    /// <summary>A recovery code was used in place of a second factor.</summary>
    public const string RecoveryCodeUse = "recoverycode.use";
}
