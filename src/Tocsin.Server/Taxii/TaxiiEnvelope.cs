using Tocsin.Core.Stix;
using Tocsin.Storage.Taxii;

namespace Tocsin.Server.Taxii;

/// <summary>A POSTed envelope: the objects it holds, and the entries that were not objects at all.</summary>
/// <param name="Objects">The entries that are JSON objects, with their exact bytes, in order.</param>
/// <param name="Unreadable">Entries that are not JSON objects: failures of the status.</param>
public sealed record TaxiiEnvelope(IReadOnlyList<StixObject> Objects, IReadOnlyList<TaxiiStatusDetail> Unreadable);
