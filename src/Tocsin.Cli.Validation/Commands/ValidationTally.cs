namespace Tocsin.Cli.Commands;

/// <summary>What one <c>tocsin validate</c> run counted.</summary>
internal sealed class ValidationTally
{
    public long Files { get; set; }

    public long Objects { get; set; }

    public long Errors { get; set; }

    public long Warnings { get; set; }
}
