using Tocsin.Core;
using Tocsin.Core.Plan;
using Tocsin.Core.Plan.Decisions;
using Tocsin.Core.Plan.Measures;
using Tocsin.Core.Plan.Postures;
using Tocsin.Core.Plan.Schemes;
using Tocsin.Core.Principals;
using Tocsin.Server.Plan;
using Tocsin.Storage;
using Tocsin.Storage.Plan;

namespace Tocsin.Server.Postures;

/// <summary>Runs <see cref="PostureRules"/> against the store: each accepted transition is written with its new event
/// (and, for an approval or a cancellation, its numbered change) and its audit entry, in one transaction. A refusal
/// changes nothing. Used by the HTTP API, the decision room, the CLI and the demo alike.</summary>
/// <remarks>Writes in this process are serialised; a writer in another process or on another node is caught by the
/// store's <c>posture-changed</c> check. Nothing is cached: every read goes to the store.</remarks>
public sealed class PlanPostures : IDisposable
{
    private readonly ITocsinStore _store;
    private readonly PostureRules _rules;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _writes = new(1, 1);

    /// <summary>Postures over <paramref name="store"/>; every time recorded comes from <paramref name="clock"/>, to the millisecond.</summary>
    public PlanPostures(ITocsinStore store, PlanCatalogue catalogue, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(catalogue);
        _store = store;
        Catalogue = catalogue;
        _clock = new MillisecondClock(clock);
        _rules = new PostureRules(catalogue, _clock);
    }

    /// <summary>The schemes, territories and measure catalogues postures are checked against.</summary>
    public PlanCatalogue Catalogue { get; }

    /// <summary>The clock's time, to the millisecond.</summary>
    public DateTimeOffset Now() => _clock.GetUtcNow();

    /// <summary>Proposes a posture as <paramref name="principalName"/>. Refusals: those of <see cref="PostureRules.Propose"/>,
    /// <c>principal-not-found</c>.</summary>
    public async Task<Result<Posture>> ProposeAsync(PostureProposal proposal, string principalName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        if (await _store.FindPrincipalAsync(principalName, cancellationToken) is not { } proposer)
        {
            return PrincipalNotFound(principalName);
        }

        await _writes.WaitAsync(cancellationToken);
        try
        {
            var known = await _store.Postures.ListAsync(proposal.SchemeId, cancellationToken);
            var proposed = _rules.Propose(proposal, proposer, [.. known]);
            return proposed.IsSuccess ? await _store.Postures.AddAsync(proposed.Value, cancellationToken) : proposed;
        }
        finally
        {
            _writes.Release();
        }
    }

    /// <summary>Approves as <paramref name="principalName"/>: a different principal from the proposer, holding the approver role.</summary>
    public Task<Result<Posture>> ApproveAsync(Guid id, string principalName, CancellationToken cancellationToken) =>
        TransitionAsync(id, principalName, _rules.Approve, cancellationToken);

    /// <summary>Rejects as <paramref name="principalName"/> with <paramref name="reason"/>.</summary>
    public Task<Result<Posture>> RejectAsync(Guid id, string principalName, string? reason, CancellationToken cancellationToken) =>
        TransitionAsync(id, principalName, (posture, principal) => _rules.Reject(posture, principal, reason), cancellationToken);

    /// <summary>Withdraws a proposal as its proposer.</summary>
    public Task<Result<Posture>> WithdrawAsync(Guid id, string principalName, CancellationToken cancellationToken) =>
        TransitionAsync(id, principalName, _rules.Withdraw, cancellationToken);

    /// <summary>Proposes to cancel an approved posture from <paramref name="effectiveAt"/> (on approval when null).</summary>
    public Task<Result<Posture>> ProposeCancellationAsync(Guid id, string principalName, string? reason, DateTimeOffset? effectiveAt, CancellationToken cancellationToken) =>
        TransitionAsync(id, principalName, (posture, principal) => _rules.ProposeCancellation(posture, principal, reason, effectiveAt), cancellationToken);

    /// <summary>Approves the pending cancellation as a second person.</summary>
    public Task<Result<Posture>> ApproveCancellationAsync(Guid id, string principalName, CancellationToken cancellationToken) =>
        TransitionAsync(id, principalName, _rules.ApproveCancellation, cancellationToken);

    /// <summary>Refuses the pending cancellation with <paramref name="reason"/>.</summary>
    public Task<Result<Posture>> RejectCancellationAsync(Guid id, string principalName, string? reason, CancellationToken cancellationToken) =>
        TransitionAsync(id, principalName, (posture, principal) => _rules.RejectCancellation(posture, principal, reason), cancellationToken);

    /// <summary>Withdraws the pending cancellation as its proposer.</summary>
    public Task<Result<Posture>> WithdrawCancellationAsync(Guid id, string principalName, CancellationToken cancellationToken) =>
        TransitionAsync(id, principalName, _rules.WithdrawCancellation, cancellationToken);

    /// <summary>The posture with <paramref name="id"/>, or null.</summary>
    public Task<Posture?> FindAsync(Guid id, CancellationToken cancellationToken) => _store.Postures.FindAsync(id, cancellationToken);

    /// <summary>Postures of a scheme (all when null), in proposal order.</summary>
    public Task<IReadOnlyList<Posture>> ListAsync(string? schemeId, CancellationToken cancellationToken) => _store.Postures.ListAsync(schemeId, cancellationToken);

    /// <summary>Principal names by id, to show who did what.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> PrincipalNamesAsync(CancellationToken cancellationToken) =>
        (await _store.ListPrincipalsAsync(cancellationToken)).ToDictionary(p => p.Id, p => p.Name);

    /// <summary>The posture state of a scheme on one track, over its decisions on the same track; null for an unknown scheme.</summary>
    public async Task<PostureState?> StateAsync(string schemeId, DecisionTrack track, CancellationToken cancellationToken)
    {
        if (Catalogue.FindScheme(schemeId) is not { } scheme)
        {
            return null;
        }

        var territories = Catalogue.TerritoriesOf(scheme);
        var levels = new PlanState(scheme, territories, await _store.Plan.ListAsync(schemeId, cancellationToken), track);
        return new PostureState(territories, Catalogue.MeasuresOf(schemeId), levels, await _store.Postures.ListAsync(schemeId, cancellationToken), track);
    }

    /// <summary>The measures <paramref name="levelKey"/> activates by default: the list a new posture starts from.
    /// Refusals: <c>unknown-scheme</c>, <c>unknown-level</c>.</summary>
    public Result<IReadOnlyList<Measure>> DefaultMeasures(string schemeId, string levelKey) =>
        Catalogue.FindScheme(schemeId) is null ? DecisionErrors.UnknownScheme(schemeId) : Catalogue.MeasuresOf(schemeId).ActiveAt(levelKey);

    /// <summary>The scheme whose territory set holds <paramref name="territoryId"/>, or null. Territory ids start with
    /// their set's id (FRA-D75): only that set is loaded.</summary>
    public AlertScheme? SchemeOf(string territoryId)
    {
        ArgumentNullException.ThrowIfNull(territoryId);
        var setId = territoryId.Split('-')[0];
        return Catalogue.Schemes.FirstOrDefault(s =>
            string.Equals(s.TerritorySetId, setId, StringComparison.Ordinal) && Catalogue.TerritoriesOf(s).Contains(territoryId));
    }

    /// <summary>Releases the write gate; the store is the caller's.</summary>
    public void Dispose() => _writes.Dispose();

    private async Task<Result<Posture>> TransitionAsync(Guid id, string principalName, Func<Posture, Principal, Result<Posture>> transition,
        CancellationToken cancellationToken)
    {
        if (await _store.FindPrincipalAsync(principalName, cancellationToken) is not { } principal)
        {
            return PrincipalNotFound(principalName);
        }

        await _writes.WaitAsync(cancellationToken);
        try
        {
            if (await _store.Postures.FindAsync(id, cancellationToken) is not { } posture)
            {
                return PostureStoreErrors.PostureNotFound(id);
            }

            var next = transition(posture, principal);
            return next.IsSuccess ? await _store.Postures.UpdateAsync(next.Value, posture.Events.Count, cancellationToken) : next;
        }
        finally
        {
            _writes.Release();
        }
    }

    private static Error PrincipalNotFound(string name) => new("principal-not-found", $"There is no principal named '{name}'.");
}
