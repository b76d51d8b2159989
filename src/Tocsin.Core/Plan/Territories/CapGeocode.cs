namespace Tocsin.Core.Plan.Territories;

/// <summary>A CAP 1.2 <c>geocode</c> of an area: a code system (<c>valueName</c>) and a code
/// (<c>value</c>). Code systems used: <c>ISO3166-1</c> (alpha-3, e.g. <c>FRA</c>), <c>ISO3166-2</c>
/// (e.g. <c>GB-NIR</c>), <c>INSEE-REG</c> and <c>INSEE-DEP</c> (INSEE COG codes, e.g. <c>11</c>, <c>75</c>, <c>2A</c>).</summary>
/// <param name="ValueName">The code system.</param>
/// <param name="Value">The code in that system.</param>
public sealed record CapGeocode(string ValueName, string Value);
