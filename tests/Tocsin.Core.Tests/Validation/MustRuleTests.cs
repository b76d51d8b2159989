using System.Text.Json.Nodes;
using Tocsin.Core.Stix;

namespace Tocsin.Core.Tests.Validation;

/// <summary>The MUST rules checked since #21, one row per case and its neighbours: the base object of each kind is
/// valid; each row sets one property (null: removes it) and names the error expected, or none.</summary>
public sealed class MustRuleTests
{
    private const string OwnMarking = "marking-definition--4a0042fe-8b88-40fe-9600-dfa128ce6fbd";
    private const string Bundle = "bundle--44af6c39-c09b-49c5-9de2-394224b04982";

    private static readonly Dictionary<string, string> _bases = new(StringComparer.Ordinal)
    {
        ["ipv4-addr"] = """{"type":"ipv4-addr","spec_version":"2.1","id":"ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4","value":"198.51.100.3"}""",
        ["ipv6-addr"] = """{"type":"ipv6-addr","spec_version":"2.1","id":"ipv6-addr--1e61d36c-a16c-53b7-a80f-2a00161c96b1","value":"2001:db8::1"}""",
        ["file"] = """{"type":"file","spec_version":"2.1","id":"file--58b737df-921c-51f4-a2ec-a0f68ea8b3d3","name":"a.exe"}""",
        ["directory"] = """{"type":"directory","spec_version":"2.1","id":"directory--93c0a9b0-520d-545d-9094-1a08ddf46b05","path":"C:\\Windows"}""",
        ["url"] = """{"type":"url","spec_version":"2.1","id":"url--c1477287-23ac-5971-a010-5c287877fa60","value":"https://example.com/a"}""",
        ["artifact"] = """{"type":"artifact","spec_version":"2.1","id":"artifact--6f437177-6e48-5cf8-9d9e-872a2bddd641","payload_bin":"aGVsbG8="}""",
        ["relationship"] = """{"type":"relationship","spec_version":"2.1","id":"relationship--57b56a43-b8b0-4cba-9deb-34e3e1faed9e","created":"2016-04-06T20:06:37.000Z","modified":"2016-04-06T20:06:37.000Z","relationship_type":"related-to","source_ref":"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","target_ref":"malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b"}""",
        ["sighting"] = """{"type":"sighting","spec_version":"2.1","id":"sighting--ee20065d-2555-424f-ad9e-0f8428623c75","created":"2016-04-06T20:08:31.000Z","modified":"2016-04-06T20:08:31.000Z","sighting_of_ref":"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"}""",
        ["report"] = """{"type":"report","spec_version":"2.1","id":"report--84e4d88f-44ea-4bcd-bbf3-b2c1c320bcb3","created":"2015-12-21T19:59:11.000Z","modified":"2015-12-21T19:59:11.000Z","name":"r","published":"2016-01-20T17:00:00.000Z","object_refs":["indicator--26ffb872-1dd9-446e-b6f5-d58527e5b5d2"]}""",
        ["vulnerability"] = """{"type":"vulnerability","spec_version":"2.1","id":"vulnerability--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061","created":"2016-05-12T08:17:27.000Z","modified":"2016-05-12T08:17:27.000Z","name":"CVE-2016-1234"}""",
        ["attack-pattern"] = """{"type":"attack-pattern","spec_version":"2.1","id":"attack-pattern--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061","created":"2016-05-12T08:17:27.000Z","modified":"2016-05-12T08:17:27.000Z","name":"Spear Phishing"}""",
        ["email-addr"] = """{"type":"email-addr","spec_version":"2.1","id":"email-addr--2d77a846-6264-5d51-b586-e43822ea1ea3","value":"john@example.com"}""",
        ["extension-definition"] = """{"type":"extension-definition","spec_version":"2.1","id":"extension-definition--d83fce45-ef58-4c6c-a3f4-1fbc32e98c6e","created_by_ref":"identity--11b76a96-5d2b-45e0-8a5a-f6994f370731","created":"2014-02-20T09:16:08.989Z","modified":"2014-02-20T09:16:08.989Z","name":"x","schema":"https://www.example.com/schema","version":"1.2.1","extension_types":["new-sdo"]}""",
        ["x509-certificate"] = """{"type":"x509-certificate","spec_version":"2.1","id":"x509-certificate--b595eaf0-0b28-5dad-9e8e-0fab9c1facc9","serial_number":"36:f7"}""",
        ["statement"] = $$$"""{"type":"marking-definition","spec_version":"2.1","id":"{{{OwnMarking}}}","created":"2016-08-01T00:00:00.000Z","definition_type":"statement","definition":{"statement":"Copyright 2019, Example Corp"}}""",
        ["observed-data"] = """{"type":"observed-data","spec_version":"2.1","id":"observed-data--b67d30ff-02ac-498a-92f9-32f845f448cf","created":"2016-04-06T19:58:16.000Z","modified":"2016-04-06T19:58:16.000Z","first_observed":"2015-12-21T19:00:00Z","last_observed":"2015-12-21T19:00:00Z","number_observed":1,"objects":{"0":{"type":"ipv4-addr","value":"198.51.100.3"}}}""",
        ["process"] = """{"type":"process","spec_version":"2.1","id":"process--f52a906a-0dfc-40bd-92f1-e7778ead38a9","pid":1221}""",
        ["email-message"] = """{"type":"email-message","spec_version":"2.1","id":"email-message--0c57a381-2a17-4e61-8754-5ef96efb286c","is_multipart":false}""",
        ["software"] = """{"type":"software","spec_version":"2.1","id":"software--a1827f6d-ca53-5605-9e93-4316cd22a00a","name":"Word"}""",
        ["windows-registry-key"] = """{"type":"windows-registry-key","spec_version":"2.1","id":"windows-registry-key--2ba37ae7-2745-5082-9dfd-9486dad41016","key":"HKEY_LOCAL_MACHINE\\System\\Foo"}""",
        ["indicator"] = """{"type":"indicator","spec_version":"2.1","id":"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","created":"2016-04-06T20:03:48.000Z","modified":"2016-04-06T20:03:48.000Z","pattern":"[file:name = 'x']","pattern_type":"stix","valid_from":"2016-01-01T00:00:00Z"}""",
    };

    public static TheoryData<string, string, string?, string?, string?> Rows => new()
    {
        // §6.8.1: an IPv4 address or CIDR block.
        { "ipv4-addr", "value", "\"198.51.100.0/24\"", null, null },
        { "ipv4-addr", "value", "\"0.0.0.0/0\"", null, null },
        { "ipv4-addr", "value", "\"198.51.100.256\"", "ip-address-format", "$.value" },
        { "ipv4-addr", "value", "\"198.51.100\"", "ip-address-format", "$.value" },
        { "ipv4-addr", "value", "\"198.51.100.3/33\"", "ip-address-format", "$.value" },
        { "ipv4-addr", "value", "\"198.51.100.3/\"", "ip-address-format", "$.value" },
        { "ipv4-addr", "value", "\"010.0.0.1\"", "ip-address-format", "$.value" },
        { "ipv4-addr", "value", "\"2001:db8::1\"", "ip-address-format", "$.value" },
        // §6.9.1: an IPv6 address or CIDR block.
        { "ipv6-addr", "value", "\"::1\"", null, null },
        { "ipv6-addr", "value", "\"2001:db8::/32\"", null, null },
        { "ipv6-addr", "value", "\"::ffff:192.0.2.1\"", null, null },
        { "ipv6-addr", "value", "\"2001:0db8:85a3:0000:0000:8a2e:0370:7334\"", null, null },
        { "ipv6-addr", "value", "\"2001:db8::/129\"", "ip-address-format", "$.value" },
        { "ipv6-addr", "value", "\"198.51.100.3\"", "ip-address-format", "$.value" },
        { "ipv6-addr", "value", "\"2001:db8::g\"", "ip-address-format", "$.value" },
        { "ipv6-addr", "value", "\"[2001:db8::1]\"", "ip-address-format", "$.value" },
        { "ipv6-addr", "value", "\"fe80::1%eth0\"", "ip-address-format", "$.value" },
        // §6.7.1, §6.3.1: the IANA registry's name for the character set.
        { "file", "name_enc", "\"UTF-8\"", null, null },
        { "file", "name_enc", "\"utf-8\"", null, null },
        { "file", "name_enc", "\"windows-1252\"", null, null },
        { "file", "name_enc", "\"Shift_JIS\"", null, null },
        { "file", "name_enc", "\"latin1\"", "charset-name", "$.name_enc" },
        { "file", "name_enc", "\"ISO_8859-1:1987\"", "charset-name", "$.name_enc" },
        { "file", "name_enc", "\"UTF8\"", "charset-name", "$.name_enc" },
        { "file", "name_enc", "7", "property-type", "$.name_enc" },
        { "directory", "path_enc", "\"US-ASCII\"", null, null },
        { "directory", "path_enc", "\"ascii\"", "charset-name", "$.path_enc" },
        // §6.15.1, §6.1.1: URLs; §6.1: payload_bin or url.
        { "url", "value", "\"mailto:john@example.com\"", null, null },
        { "url", "value", "\"example.com/a\"", "url-format", "$.value" },
        { "url", "value", "\"http://exa mple.com/\"", "url-format", "$.value" },
        { "artifact", "payload_bin", null, "required-one-of", "$" },
        { "artifact", "url", "\"not a url\"", "url-format", "$.url" },
        // §8: a bundle cannot be referenced.
        { "relationship", "target_ref", $"\"{Bundle}\"", "ref-to-bundle", "$.target_ref" },
        { "relationship", "created_by_ref", $"\"{Bundle}\"", "ref-to-bundle", "$.created_by_ref" },
        { "sighting", "sighting_of_ref", $"\"{Bundle}\"", "ref-to-bundle", "$.sighting_of_ref" },
        { "report", "object_refs", $"[\"indicator--26ffb872-1dd9-446e-b6f5-d58527e5b5d2\",\"{Bundle}\"]", "ref-to-bundle", "$.object_refs[1]" },
        // §4.19: a CVE id has source_name cve; §4.1: a CAPEC id capec.
        { "vulnerability", "external_references", """[{"source_name":"cve","external_id":"CVE-2016-1234"}]""", null, null },
        { "vulnerability", "external_references", """[{"source_name":"nvd","external_id":"NVD-1234"}]""", null, null },
        { "vulnerability", "external_references", """[{"source_name":"CVE","external_id":"CVE-2016-1234"}]""", "external-id-source", "$.external_references[0].source_name" },
        { "vulnerability", "external_references", """[{"source_name":"nvd","external_id":"cve-2016-1234"}]""", "external-id-source", "$.external_references[0].source_name" },
        { "attack-pattern", "external_references", """[{"source_name":"mitre","external_id":"CAPEC-163"}]""", "external-id-source", "$.external_references[0].source_name" },
        { "attack-pattern", "external_references", """[{"source_name":"capec","external_id":"CAPEC-163"}]""", null, null },
        // §6.5.1: the address without the display name.
        { "email-addr", "value", "\"\\\"john doe\\\"@example.com\"", null, null },
        { "email-addr", "value", "\"John Doe <john@example.com>\"", "email-address-format", "$.value" },
        { "email-addr", "value", "\"<john@example.com>\"", "email-address-format", "$.value" },
        { "email-addr", "value", "\"john\"", "email-address-format", "$.value" },
        { "email-addr", "value", "\"john @example.com\"", "email-address-format", "$.value" },
        // §7.3.1: extension_properties only with toplevel-property-extension.
        { "extension-definition", "extension_properties", "[\"rank\"]", "extension-properties-forbidden", "$.extension_properties" },
        { "extension-definition", "extension_types", "[\"new-sco\"]", null, null },
        // §2.16 inside nested types: real timestamps.
        { "file", "extensions", """{"windows-pebinary-ext":{"pe_type":"exe","time_date_stamp":"2016-13-01T00:00:00Z"}}""", "timestamp-format", "$.extensions['windows-pebinary-ext'].time_date_stamp" },
        { "file", "extensions", """{"windows-pebinary-ext":{"pe_type":"exe","time_date_stamp":"2016-02-30T00:00:00Z"}}""", "timestamp-format", "$.extensions['windows-pebinary-ext'].time_date_stamp" },
        { "file", "extensions", """{"windows-pebinary-ext":{"pe_type":"exe","time_date_stamp":"2016-02-29T00:00:00Z"}}""", null, null },
        { "x509-certificate", "x509_v3_extensions", """{"private_key_usage_period_not_before":"2016-03-12T12:00:00Z"}""", null, null },
        { "x509-certificate", "x509_v3_extensions", """{"private_key_usage_period_not_before":"yesterday"}""", "timestamp-format", "$.x509_v3_extensions.private_key_usage_period_not_before" },
        { "x509-certificate", "x509_v3_extensions", """{"private_key_usage_period_not_after":"2016-03-12"}""", "timestamp-format", "$.x509_v3_extensions.private_key_usage_period_not_after" },
        { "x509-certificate", "x509_v3_extensions", """{"key_usage":5}""", "property-type", "$.x509_v3_extensions.key_usage" },
        { "x509-certificate", "x509_v3_extensions", """{"x_acme_usage":"all"}""", "required-one-of", "$.x509_v3_extensions" },
        // §3.2: a marking definition does not mark itself, not even through granular markings.
        { "statement", "granular_markings", $$"""[{"marking_ref":"{{OwnMarking}}","selectors":["definition"]}]""", "marking-self-reference", "$.granular_markings[0].marking_ref" },
        { "statement", "granular_markings", """[{"marking_ref":"marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9","selectors":["definition"]}]""", null, null },
        // §4.14: objects is a dictionary of valid SCOs.
        { "observed-data", "objects", """{"0":{"type":"file","name":"a","parent_directory_ref":"1"},"1":{"type":"directory","path":"/tmp"}}""", null, null },
        { "observed-data", "objects", """{"0":{"type":"indicator","name":"x"}}""", "observed-object", "$.objects['0']" },
        { "observed-data", "objects", """{"0":"file"}""", "observed-object", "$.objects['0']" },
        { "observed-data", "objects", """{"0":{"type":"file","name":"a","size":-1}}""", "value-range", "$.objects['0'].size" },
        { "observed-data", "objects", """{"0":{"type":"ipv4-addr","value":"x"}}""", "ip-address-format", "$.objects['0'].value" },
        { "observed-data", "objects", """{"0":{"type":"file"}}""", "required-one-of", "$.objects['0']" },
        { "observed-data", "objects", """{"0":{"type":"ipv4-addr"}}""", "required", "$.objects['0'].value" },
        { "observed-data", "objects", "[{\"type\":\"file\",\"name\":\"a\"}]", "property-type", "$.objects" },
        // §2.9: with no ID contributing property, a UUIDv4.
        { "process", "id", "\"process--0c57a381-2a17-5e61-8754-5ef96efb286c\"", "sco-id-uuid4", "$.id" },
        { "email-message", "id", "\"email-message--0c57a381-2a17-5e61-8754-5ef96efb286c\"", "sco-id-uuid4", "$.id" },
        { "email-message", "subject", "\"hello\"", null, null },
        // §6.14.1: a CPE 2.3 formatted string.
        { "software", "cpe", "\"cpe:2.3:a:microsoft:word:2000:*:*:*:*:*:*:*\"", null, null },
        { "software", "cpe", "\"cpe:2.3:o:linux:linux_kernel:5.10\\\\:rc1:-:*:*:*:*:*:*\"", null, null },
        { "software", "cpe", "\"cpe:/a:microsoft:word:2000\"", "cpe-format", "$.cpe" },
        { "software", "cpe", "\"cpe:2.3:a:microsoft:word\"", "cpe-format", "$.cpe" },
        { "software", "cpe", "\"Microsoft Word 2000\"", "cpe-format", "$.cpe" },
        // §6.17.1: the hive in full.
        { "windows-registry-key", "key", "\"HKLM\\\\Software\\\\Foo\"", "registry-hive", "$.key" },
        { "windows-registry-key", "key", "\"hkcu\\\\Software\"", "registry-hive", "$.key" },
        { "windows-registry-key", "key", "\"HKCR\"", "registry-hive", "$.key" },
        { "windows-registry-key", "key", "\"HKEY_CURRENT_USER\\\\Software\"", null, null },
        // §9.7: object paths name properties of the type.
        { "indicator", "pattern", "\"[file:nmae = 'x']\"", "pattern-property", "$.pattern" },
        { "indicator", "pattern", "\"[ipv4-addr:value = '198.51.100.3'] FOLLOWEDBY [url:url = 'x']\"", "pattern-property", "$.pattern" },
        { "indicator", "pattern", "\"[file:extensions.'ntfs-ext'.sidd = 'x']\"", "pattern-property", "$.pattern" },
        { "indicator", "pattern", "\"[process:extensions.'ntfs-ext'.sid = 'x']\"", "pattern-property", "$.pattern" },
        { "indicator", "pattern", "\"[file:x_acme_rank > 3 AND file:id = 'x' AND file:parent_directory_ref.path = 'C']\"", null, null },
        { "indicator", "pattern", "\"[file:extensions.'extension-definition--d83fce45-ef58-4c6c-a3f4-1fbc32e98c6e'.rank = 1]\"", null, null },
        { "indicator", "pattern", "\"[file:extensions.'ntfs-ext'.alternate_data_streams[*].name = 'x']\"", null, null },
        { "indicator", "pattern", "\"[x-acme-widget:anything = 1]\"", null, null },
        { "indicator", "pattern", "\"[network-traffic:extensions.'http-request-ext'.request_header.'Accept-Encoding' = 'gzip']\"", null, null },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Must_rules_are_errors_and_their_neighbours_pass(string kind, string property, string? json, string? rule, string? path)
    {
        var node = JsonNode.Parse(_bases[kind])!.AsObject();
        if (json is null)
        {
            node.Remove(property);
        }
        else
        {
            node[property] = JsonNode.Parse(json);
        }

        var issues = StixValidator.Validate(StixJson.Parse(node.ToJsonString()));

        var errors = issues.Where(i => i.Severity == ValidationSeverity.Error).ToList();
        var all = string.Join(Environment.NewLine, issues);
        if (rule is null)
        {
            Assert.True(errors.Count == 0, "Expected no error, got:" + Environment.NewLine + all);
        }
        else
        {
            Assert.True(errors.Any(i => i.Rule == rule && i.Path == path), $"Expected {rule} at {path}; got:{Environment.NewLine}{all}");
        }
    }

    [Theory]
    [MemberData(nameof(Bases))]
    public void Every_base_object_is_valid(string kind)
    {
        var issues = StixValidator.Validate(StixJson.Parse(_bases[kind]));

        Assert.DoesNotContain(issues, i => i.Severity == ValidationSeverity.Error);
    }

    public static TheoryData<string> Bases => [.. _bases.Keys];
}
