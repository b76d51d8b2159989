namespace Tocsin.Core.Ingest.Text;

/// <summary>One occurrence of a phrase: the payload and the tokens [FirstToken, LastToken] it covers.</summary>
internal sealed record PhraseMatch<T>(T Value, int FirstToken, int LastToken, TextSpan Span);
