namespace Tocsin.Cli.Tests;

/// <summary>Small STIX texts for command tests.</summary>
public static class StixSamples
{
    public const string IdentityId = "identity--311b2d2d-f010-4473-83ec-1edf84858f4c";

    public static string Identity(string modified = "2024-03-24T10:00:00.000Z", string name = "Example organisation") => $$"""
        {"type":"identity","spec_version":"2.1","id":"{{IdentityId}}","created":"2024-03-24T10:00:00.000Z","modified":"{{modified}}","name":"{{name}}","identity_class":"organization"}
        """;

    public static string Bundle(params string[] objects) =>
        $$"""{"type":"bundle","id":"bundle--6b1f3a8a-92a4-4f7d-9c5e-0d1c2b3a4f5e","objects":[{{string.Join(",", objects)}}]}""";

    /// <summary>An indicator whose id does not match its type: a MUST broken.</summary>
    public const string BadIdObject = """
        {"type":"indicator","spec_version":"2.1","id":"malware--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","created":"2024-03-24T10:00:00.000Z","modified":"2024-03-24T10:00:00.000Z","pattern":"[ipv4-addr:value = '198.51.100.7']","pattern_type":"stix","valid_from":"2024-03-24T10:00:00Z"}
        """;
}
