namespace Tocsin.Cli.Signing;

/// <summary>Tells signed files apart by their first character.</summary>
public static class SignedFile
{
    /// <summary><see cref="SignedFileKind.Cap"/> when the first character after an optional UTF-8
    /// byte-order mark and whitespace is <c>&lt;</c> (XML); otherwise <see cref="SignedFileKind.Detached"/>.</summary>
    public static SignedFileKind KindOf(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith("\uFEFF"u8))
        {
            content = content[3..];
        }

        foreach (var b in content)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                continue;
            }

            return b == (byte)'<' ? SignedFileKind.Cap : SignedFileKind.Detached;
        }

        return SignedFileKind.Detached;
    }
}
