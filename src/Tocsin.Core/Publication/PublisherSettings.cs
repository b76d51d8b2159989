namespace Tocsin.Core.Publication;

/// <summary>Who publishes CAP messages and where they are served.</summary>
/// <param name="Sender">The CAP <c>sender</c> of every message: no whitespace, comma, <c>&lt;</c> or
/// <c>&amp;</c> (CAP 1.2 §3.2.1), e.g. <c>alerts@sgdsn.example.fr</c>.</param>
/// <param name="LinkBase">Absolute http(s) base of the public server, without a trailing slash, e.g.
/// <c>https://alerte.example.fr</c>. Each message's <c>web</c> is <c>{LinkBase}/feeds/cap/{identifier}.xml</c>.</param>
public sealed record PublisherSettings(string Sender, string LinkBase);
