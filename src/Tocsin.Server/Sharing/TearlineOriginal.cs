using Tocsin.Core.Stix;
using Tocsin.Storage;

namespace Tocsin.Server.Sharing;

/// <summary>The object a tearline is written of, as the reader may read it, and the collection it is in.</summary>
public sealed record TearlineOriginal(Collection Collection, StixObject Object);
