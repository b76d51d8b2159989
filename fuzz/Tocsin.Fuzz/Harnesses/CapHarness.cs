using Tocsin.Core.Cap;

namespace Tocsin.Fuzz.Harnesses;

/// <summary>The CAP 1.2 reader (refusing DTDs, capped in size) and, on what it accepts, the publication rules'
/// validator: the path a CAP message takes when it is imported or its signature checked.</summary>
public static class CapHarness
{
    /// <summary>Reads <paramref name="input"/> as a CAP message and validates what is read.</summary>
    public static void Run(byte[] input)
    {
        var alert = CapReader.Read(input);
        if (alert.IsSuccess)
        {
            CapValidator.HasErrors(CapValidator.Validate(alert.Value));
        }
    }
}
