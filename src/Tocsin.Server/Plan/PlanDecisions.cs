using System.Diagnostics;
using Tocsin.Server.Operations;
using Tocsin.Core;
using Tocsin.Core.Cap;
using Tocsin.Core.Plan;
using Tocsin.Core.Plan.Decisions;
using Tocsin.Core.Principals;
using Tocsin.Core.Publication;
using Tocsin.Server.Signing;
using Tocsin.Storage;
using Tocsin.Storage.Plan;
using Tocsin.Storage.Publications;

namespace Tocsin.Server.Plan;

/// <summary>Runs <see cref="DecisionRules"/> against the store: each accepted transition is written with
/// its new event and, for an approval or an approved cancellation, its CAP message, in one transaction. A refusal
/// changes nothing. Used by the HTTP API, the CLI and the demo import alike.</summary>
/// <remarks>Writes in this process are serialised; a concurrent writer in another process (the CLI beside
/// the server, or another node on the same database) is caught by the store's <c>decision-changed</c> check.
/// Nothing is cached: every read goes to the store, so a decision approved on one node is in force on all.</remarks>
public sealed class PlanDecisions : IDisposable
{
    private readonly ITocsinStore _store;
    private readonly PlanCatalogue _catalogue;
    private readonly DecisionRules _rules;
    private readonly CancellationRules _cancellations;
    private readonly DecisionPublisher _publisher;
    private readonly TimeProvider _clock;
    private readonly ServerSigner? _signer;
    private readonly Func<CancellationToken, Task>? _published;
    private readonly SemaphoreSlim _writes = new(1, 1);

    /// <summary>Decisions over <paramref name="store"/> whose CAP messages are stored unsigned: for reading
    /// decisions, and for tests of the rules. Everything that publishes passes a <see cref="ServerSigner"/>.</summary>
    public PlanDecisions(ITocsinStore store, PlanCatalogue catalogue, PublicationSettings settings, TimeProvider clock)
        : this(store, catalogue, settings, clock, null)
    {
    }

    /// <summary>Decisions over <paramref name="store"/>. Every time recorded comes from <paramref name="clock"/>,
    /// truncated to the millisecond: an import of history passes a clock set to each historical instant. Each CAP
    /// message is signed by <paramref name="signer"/> (enveloped XML-DSig, docs/signatures.md) before it is stored,
    /// so every channel serves the signed bytes; null stores it unsigned. <paramref name="published"/>, when given, runs
    /// after each stored change that published a message and before the change is answered (the server rebuilds its
    /// public snapshot there).</summary>
    public PlanDecisions(ITocsinStore store, PlanCatalogue catalogue, PublicationSettings settings, TimeProvider clock, ServerSigner? signer,
        Func<CancellationToken, Task>? published = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(settings);
        _store = store;
        _catalogue = catalogue;
        _clock = new MillisecondClock(clock);
        _rules = new DecisionRules(catalogue, _clock);
        _cancellations = new CancellationRules(_clock);
        _publisher = new DecisionPublisher(catalogue, settings.Publisher);
        _signer = signer;
        _published = published;
    }

    /// <summary>The clock's time, to the millisecond.</summary>
    public DateTimeOffset Now() => _clock.GetUtcNow();

    /// <summary>True when the CAP messages this instance publishes carry the server's signature.</summary>
    public bool Signs => _signer is not null;

    /// <summary>The schemes, territories and measures decisions are checked against.</summary>
    public PlanCatalogue Catalogue => _catalogue;

    /// <summary>Proposes a decision as <paramref name="principalName"/>. Refusals: those of
    /// <see cref="DecisionRules.Propose"/>, <c>principal-not-found</c>, <c>evidence-unknown</c> (a cited
    /// STIX object is not in the store).</summary>
    public async Task<Result<Decision>> ProposeAsync(DecisionProposal proposal, string principalName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        if (await FindPrincipalAsync(principalName, cancellationToken) is not { } proposer)
        {
            return PrincipalNotFound(principalName);
        }

        await _writes.WaitAsync(cancellationToken);
        try
        {
            var known = await _store.Plan.ListAsync(proposal.SchemeId, cancellationToken);
            var proposed = _rules.Propose(proposal, proposer, [.. known]);
            if (!proposed.IsSuccess)
            {
                return proposed;
            }

            var missing = await _store.Plan.MissingObjectsAsync([.. proposed.Value.Evidence.Select(e => e.StixId)], cancellationToken);
            if (missing.Count > 0)
            {
                return new Error("evidence-unknown", $"The evidence '{missing[0]}' is not an object in the store.");
            }

            return Counted(await _store.Plan.AddAsync(proposed.Value, [], cancellationToken));
        }
        finally
        {
            _writes.Release();
        }
    }

    /// <summary>Approves as <paramref name="principalName"/> and publishes the CAP Alert or Update.
    /// Refusals: those of <see cref="DecisionRules.Approve"/>, <c>decision-not-found</c>, <c>principal-not-found</c>,
    /// <c>decision-changed</c>.</summary>
    public Task<Result<Decision>> ApproveAsync(Guid id, string principalName, CancellationToken cancellationToken) =>
        TransitionAsync(id, principalName, async (decision, principal) =>
        {
            var approved = _rules.Approve(decision, principal);
            if (!approved.IsSuccess)
            {
                return approved.Error;
            }

            return (approved.Value, await ApprovalMessageAsync(approved.Value, cancellationToken));
        }, cancellationToken);

    /// <summary>The CAP message that publishes the approved <paramref name="approved"/>, exactly as approval stores it:
    /// an Alert, or an Update referencing the latest messages of the decisions it supersedes, signed when this
    /// instance signs. Writes nothing; the preview of a proposal is this message for a trial approval.</summary>
    public async Task<Publication> ApprovalMessageAsync(Decision approved, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(approved);
        var references = new List<CapReference>();
        foreach (var superseded in approved.Supersedes)
        {
            if (await LatestMessageAsync(superseded, cancellationToken) is { } reference)
            {
                references.Add(reference);
            }
        }

        return Publish(_publisher.ForApproval(approved, references), approved);
    }

    /// <summary>Rejects as <paramref name="principalName"/> with a reason; nothing is published. Refusals:
    /// those of <see cref="DecisionRules.Reject"/>, <c>decision-not-found</c>, <c>principal-not-found</c>,
    /// <c>decision-changed</c>.</summary>
    public Task<Result<Decision>> RejectAsync(Guid id, string principalName, string reason, CancellationToken cancellationToken) =>
        TransitionAsync(id, principalName, (decision, principal) =>
            Task.FromResult(Unpublished(_rules.Reject(decision, principal, reason))), cancellationToken);

    /// <summary>Withdraws a proposed decision as its proposer <paramref name="principalName"/>; nothing is published.
    /// Refusals: those of <see cref="DecisionRules.Withdraw"/>, <c>decision-not-found</c>, <c>principal-not-found</c>,
    /// <c>decision-changed</c>.</summary>
    public Task<Result<Decision>> WithdrawAsync(Guid id, string principalName, CancellationToken cancellationToken) =>
        TransitionAsync(id, principalName, (decision, principal) =>
            Task.FromResult(Unpublished(_rules.Withdraw(decision, principal))), cancellationToken);

    /// <summary>Proposes, as <paramref name="principalName"/>, to cancel an approved decision from
    /// <paramref name="effectiveAt"/> (on approval when null); nothing is published until a second person approves
    /// it. Refusals: those of <see cref="CancellationRules.Propose"/>, <c>decision-not-found</c>,
    /// <c>principal-not-found</c>, <c>decision-changed</c>.</summary>
    public Task<Result<Decision>> ProposeCancellationAsync(Guid id, string principalName, string reason, DateTimeOffset? effectiveAt, CancellationToken cancellationToken) =>
        TransitionAsync(id, principalName, (decision, principal) =>
            Task.FromResult(Unpublished(_cancellations.Propose(decision, principal, reason, effectiveAt))), cancellationToken);

    /// <summary>Approves the pending cancellation as <paramref name="principalName"/> and publishes the CAP Cancel.
    /// Refusals: those of <see cref="CancellationRules.Approve"/>, <c>decision-not-found</c>,
    /// <c>principal-not-found</c>, <c>decision-changed</c>.</summary>
    public Task<Result<Decision>> ApproveCancellationAsync(Guid id, string principalName, CancellationToken cancellationToken) =>
        TransitionAsync(id, principalName, async (decision, principal) =>
        {
            var cancelled = _cancellations.Approve(decision, principal);
            if (!cancelled.IsSuccess)
            {
                return cancelled.Error;
            }

            return (cancelled.Value, await CancellationMessageAsync(cancelled.Value, cancellationToken));
        }, cancellationToken);

    /// <summary>The CAP Cancel that publishes the cancelled <paramref name="cancelled"/>, exactly as approving the
    /// cancellation stores it: referencing the decision's latest message, signed when this instance signs. Writes
    /// nothing; the preview of a pending cancellation is this message for a trial approval.</summary>
    public async Task<Publication> CancellationMessageAsync(Decision cancelled, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cancelled);
        var latest = await LatestMessageAsync(cancelled.Id, cancellationToken)
            ?? throw new InvalidOperationException($"Approved decision {cancelled.Id} has no published message.");
        return Publish(_publisher.ForCancellation(cancelled, latest), cancelled);
    }

    /// <summary>Refuses the pending cancellation as <paramref name="principalName"/>; the decision stays in force and
    /// nothing is published. Refusals: those of <see cref="CancellationRules.Reject"/>, <c>decision-not-found</c>,
    /// <c>principal-not-found</c>, <c>decision-changed</c>.</summary>
    public Task<Result<Decision>> RejectCancellationAsync(Guid id, string principalName, string reason, CancellationToken cancellationToken) =>
        TransitionAsync(id, principalName, (decision, principal) =>
            Task.FromResult(Unpublished(_cancellations.Reject(decision, principal, reason))), cancellationToken);

    /// <summary>Withdraws the pending cancellation as its proposer <paramref name="principalName"/>. Refusals: those
    /// of <see cref="CancellationRules.Withdraw"/>, <c>decision-not-found</c>, <c>principal-not-found</c>,
    /// <c>decision-changed</c>.</summary>
    public Task<Result<Decision>> WithdrawCancellationAsync(Guid id, string principalName, CancellationToken cancellationToken) =>
        TransitionAsync(id, principalName, (decision, principal) =>
            Task.FromResult(Unpublished(_cancellations.Withdraw(decision, principal))), cancellationToken);

    /// <summary>The decision with <paramref name="id"/>, or null.</summary>
    public Task<Decision?> FindAsync(Guid id, CancellationToken cancellationToken) => _store.Plan.FindAsync(id, cancellationToken);

    /// <summary>Decisions of a scheme (all when null), in proposal order.</summary>
    public Task<IReadOnlyList<Decision>> ListAsync(string? schemeId, CancellationToken cancellationToken) => _store.Plan.ListAsync(schemeId, cancellationToken);

    /// <summary>The CAP messages of a decision, oldest first.</summary>
    public Task<IReadOnlyList<Publication>> MessagesOfAsync(Guid id, CancellationToken cancellationToken) =>
        _store.Publications.ForDecisionAsync(id, cancellationToken);

    /// <summary>The state of a scheme on one track; null for an unknown scheme.</summary>
    public async Task<PlanState?> StateAsync(string schemeId, DecisionTrack track, CancellationToken cancellationToken)
    {
        if (_catalogue.FindScheme(schemeId) is not { } scheme)
        {
            return null;
        }

        var decisions = await _store.Plan.ListAsync(schemeId, cancellationToken);
        return new PlanState(scheme, _catalogue.TerritoriesOf(scheme), decisions, track);
    }

    /// <summary>Principal names by id, to show who did what.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> PrincipalNamesAsync(CancellationToken cancellationToken) =>
        (await _store.ListPrincipalsAsync(cancellationToken)).ToDictionary(p => p.Id, p => p.Name);

    private async Task<Result<Decision>> TransitionAsync(Guid id, string principalName,
        Func<Decision, Principal, Task<Result<(Decision Decision, Publication? Message)>>> transition, CancellationToken cancellationToken)
    {
        using var activity = TocsinTelemetry.Source.StartActivity("decision.change", ActivityKind.Internal);
        activity?.SetTag("tocsin.decision.id", id);
        if (await FindPrincipalAsync(principalName, cancellationToken) is not { } principal)
        {
            return PrincipalNotFound(principalName);
        }

        await _writes.WaitAsync(cancellationToken);
        try
        {
            if (await _store.Plan.FindAsync(id, cancellationToken) is not { } decision)
            {
                return PlanStoreErrors.DecisionNotFound(id);
            }

            var next = await transition(decision, principal);
            if (!next.IsSuccess)
            {
                return next.Error;
            }

            var (changed, message) = next.Value;
            var stored = Counted(await _store.Plan.UpdateAsync(changed, decision.Events.Count, message is null ? [] : [message], cancellationToken));
            if (stored.IsSuccess && message is not null && _published is not null)
            {
                await _published(cancellationToken);
            }

            return stored;
        }
        finally
        {
            _writes.Release();
        }
    }

    private static Result<Decision> Counted(Result<Decision> stored)
    {
        if (stored.IsSuccess)
        {
            TocsinTelemetry.DecisionChanged(stored.Value);
            Activity.Current?.SetTag("tocsin.decision.event", stored.Value.Events[^1].Kind.ToString());
        }

        return stored;
    }

    private static Result<(Decision Decision, Publication? Message)> Unpublished(Result<Decision> changed) =>
        changed.IsSuccess ? (changed.Value, null) : changed.Error;

    private async Task<CapReference?> LatestMessageAsync(Guid decisionId, CancellationToken cancellationToken)
    {
        var messages = await _store.Publications.ForDecisionAsync(decisionId, cancellationToken);
        if (messages.Count == 0)
        {
            return null;
        }

        // The sender is read from the stored bytes: it is whatever the message was written with.
        var latest = messages[^1];
        var alert = CapReader.Read(latest.Xml.ToArray());
        var sender = alert.IsSuccess ? alert.Value.Sender : throw new InvalidOperationException($"Stored message {latest.Identifier} does not read as CAP: {alert.Error.Message}");
        return new CapReference(sender, latest.Identifier, alert.Value.Sent);
    }

    private Publication Publish(Result<DecisionMessage> written, Decision decision)
    {
        // The rules and the shipped plan data guarantee a valid message; a refusal here is a bug.
        var message = written.IsSuccess ? written.Value : throw new InvalidOperationException($"Decision {decision.Id}: {written.Error.Message}");
        var xml = _signer is null ? message.Xml : _signer.SignCap(message.Xml);
        return new Publication(0, message.Alert.Identifier, decision.Id, message.Alert.Sent, message.Alert.Status, message.Alert.MsgType,
            message.Alert.Scope, decision.SchemeId, message.LevelKey, message.TerritoryIds, message.Headline, xml);
    }

    /// <summary>Releases the write gate; the store is the caller's.</summary>
    public void Dispose() => _writes.Dispose();

    private Task<Principal?> FindPrincipalAsync(string name, CancellationToken cancellationToken) => _store.FindPrincipalAsync(name, cancellationToken);

    private static Error PrincipalNotFound(string name) => new("principal-not-found", $"There is no principal named '{name}'.");
}
