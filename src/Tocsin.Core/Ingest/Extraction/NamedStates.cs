namespace Tocsin.Core.Ingest.Extraction;

/// <summary>The states a report names, indexed by their first and last tokens, so that a role finds its
/// possessor ("Iran's"), its owner ("of Iran") or the state named last before it without a scan of every
/// state for every role.</summary>
internal sealed class NamedStates
{
    private readonly List<AssertionReferent> _byLastToken;
    private readonly Dictionary<int, AssertionReferent> _starting = [];
    private readonly Dictionary<int, AssertionReferent> _ending = [];

    /// <param name="states">Named states in text order.</param>
    public NamedStates(List<AssertionReferent> states)
    {
        _byLastToken = states.OrderBy(s => s.LastToken).ToList();
        First = states.FirstOrDefault();
        foreach (var state in states)
        {
            _starting.TryAdd(state.FirstToken, state);
            _ending.TryAdd(state.LastToken, state);
        }
    }

    /// <summary>The first state named in the report.</summary>
    public AssertionReferent? First { get; }

    public AssertionReferent? StartingAt(int token) => _starting.GetValueOrDefault(token);

    public AssertionReferent? EndingAt(int token) => _ending.GetValueOrDefault(token);

    /// <summary>The state whose last token is the latest one before <paramref name="token"/>.</summary>
    public AssertionReferent? LastBefore(int token)
    {
        int lo = 0, hi = _byLastToken.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_byLastToken[mid].LastToken < token)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo == 0 ? null : _byLastToken[lo - 1];
    }
}
