using Tocsin.Core.Sharing;
using Tocsin.Core.Stix;

namespace Tocsin.Storage.Sharing;

/// <summary>What a reader's view makes of one visible version of a collection: the version as stored, the policy's
/// decision (allowed, or the first rule that withholds it), and whether it is the reader's own contribution (which a
/// partner always receives back, outside the policy).</summary>
public sealed record ViewDecision(StixObject Version, SharingDecision Decision, bool OwnContribution);
