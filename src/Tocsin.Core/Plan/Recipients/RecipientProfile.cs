namespace Tocsin.Core.Plan.Recipients;

/// <summary>Who a recipient (a webhook subscriber or a partner service) is, as far as addressing measures
/// goes: the sectors it belongs to, its recipient groups and the territories it covers (empty: all).</summary>
public sealed record RecipientProfile(IReadOnlyList<string> Sectors, IReadOnlyList<string> Groups, IReadOnlyList<string> TerritoryIds);
