using System.Text.Json;
using Tocsin.Core.Cap;

namespace Tocsin.Core.Tests.Cap;

/// <summary>Structural equality of two models: records compare lists by reference, so both sides are
/// serialised and the JSON compared (which also prints a readable difference).</summary>
internal static class CapModelAssert
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static void Equal(CapAlert expected, CapAlert actual) =>
        Assert.Equal(JsonSerializer.Serialize(expected, Options), JsonSerializer.Serialize(actual, Options));
}
