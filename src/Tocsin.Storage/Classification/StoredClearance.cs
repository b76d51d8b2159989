using Tocsin.Core.Classification;

namespace Tocsin.Storage.Classification;

/// <summary>A staff member's clearance as stored, with its revision (bumped by every change, a revoke included).</summary>
/// <param name="PrincipalId">The staff principal.</param>
/// <param name="Name">The principal's name.</param>
/// <param name="Clearance">The level and compartments.</param>
/// <param name="Revision">Grows on every change; part of the source mark of the member's views.</param>
/// <param name="ChangedAt">When it was last set.</param>
public sealed record StoredClearance(Guid PrincipalId, string Name, Clearance Clearance, long Revision, DateTimeOffset ChangedAt);
