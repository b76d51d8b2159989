namespace Tocsin.Storage.Reads;

/// <summary>A page of the read log; <see cref="Next"/> is the sequence to continue after when <see cref="More"/>.</summary>
public sealed record ReadLogPage(IReadOnlyList<ReadLogEntry> Items, bool More, long? Next);
