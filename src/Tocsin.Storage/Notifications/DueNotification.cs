namespace Tocsin.Storage.Notifications;

/// <summary>A claimed notification to send now, with the claim token its outcome must carry.</summary>
/// <param name="Id">The notification id, sent as <c>webhook-id</c> and in the e-mail's <c>Message-ID</c> (the same on
/// every retry, for deduplication).</param>
/// <param name="ClaimToken">The claim's token.</param>
/// <param name="Attempts">Attempts made before this one.</param>
/// <param name="Notification">What to send.</param>
public sealed record DueNotification(Guid Id, Guid ClaimToken, int Attempts, Notification Notification);
