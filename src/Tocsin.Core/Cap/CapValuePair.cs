namespace Tocsin.Core.Cap;

/// <summary>A <c>valueName</c>/<c>value</c> pair: the shape of CAP 1.2 <c>eventCode</c>, <c>parameter</c>
/// (§3.2.2) and <c>geocode</c> (§3.2.4). <paramref name="ValueName"/> names the scheme (for example
/// <c>INSEE-DEP</c>, <c>ISO3166-1</c>); <paramref name="Value"/> is the code in it.</summary>
public sealed record CapValuePair(string ValueName, string Value);
