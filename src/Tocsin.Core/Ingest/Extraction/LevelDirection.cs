namespace Tocsin.Core.Ingest.Extraction;

/// <summary>Which way a level change goes: up, down, or to a level named without a direction ("set at").</summary>
internal enum LevelDirection
{
    Raise,
    Lower,
    Set,
}
