namespace Tocsin.Cli.Signing;

/// <summary>How a file carries its signature.</summary>
public enum SignedFileKind
{
    /// <summary>A CAP message (XML) with an enveloped XML-DSig inside.</summary>
    Cap,

    /// <summary>Anything else (a STIX bundle) with a detached JWS beside it.</summary>
    Detached,
}
