namespace Tocsin.Core.Ingest.Extraction;

/// <summary>What a casualty figure counts.</summary>
internal enum CasualtyKind
{
    Killed,
    Injured,
}
