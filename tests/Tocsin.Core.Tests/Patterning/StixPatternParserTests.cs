using Tocsin.Core.Stix.Patterning;

namespace Tocsin.Core.Tests.Patterning;

public sealed class StixPatternParserTests
{
    // STIX 2.1 §9.9 (pattern examples) and the examples inside §9.5–§9.7, as the pattern text that
    // remains once the JSON string is decoded.
    [Theory]
    [InlineData("""[ipv4-addr:value = '198.51.100.1/32' OR ipv4-addr:value = '203.0.113.33/32' OR ipv6-addr:value = '2001:0db8:dead:beef:dead:beef:dead:0001/128']""")]
    [InlineData("""[domain-name:value = 'www.5z8.info' AND domain-name:resolves_to_refs[*].value = '198.51.100.1/32']""")]
    [InlineData("""[url:value = 'http://www.testaddress.com'] OR [process:pid = 1233]""")]
    [InlineData("""[email-message:from_ref.value MATCHES '.+\\@example\\.com$' AND email-message:body_multipart[*].body_raw_ref.name MATCHES '^Final Report.+\\.exe$']""")]
    [InlineData("""[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f' AND file:mime_type = 'application/x-pe']""")]
    [InlineData("""[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f' OR file:hashes.MD5 = 'cead3f77f6cda6ec00f57d76c9a6879f'] AND [file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']""")]
    [InlineData("""[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f'] REPEATS 5 TIMES WITHIN 1800 SECONDS""")]
    [InlineData("""[user-account:account_type = 'unix' AND user-account:user_id = '1007' AND user-account:account_login = 'Peter'] AND [user-account:account_type = 'unix' AND user-account:user_id = '1008' AND user-account:account_login = 'Paul'] AND [user-account:account_type = 'unix' AND user-account:user_id = '1009' AND user-account:account_login = 'Mary']""")]
    [InlineData("""[artifact:mime_type = 'application/vnd.tcpdump.pcap' AND artifact:payload_bin MATCHES '\\xd4\\xc3\\xb2\\xa1\\x02\\x00\\x04\\x00']""")]
    [InlineData("""[file:name = 'foo.dll' AND file:parent_directory_ref.path = 'C:\\Windows\\System32']""")]
    [InlineData("""[file:extensions.'windows-pebinary-ext'.sections[*].entropy > 7.0]""")]
    [InlineData("""[file:mime_type = 'image/bmp' AND file:magic_number_hex = h'ffd8']""")]
    [InlineData("""[network-traffic:dst_ref.type = 'ipv4-addr' AND network-traffic:dst_ref.value = '203.0.113.33/32']""")]
    [InlineData("""[network-traffic:dst_ref.value ISSUBSET '2001:0db8:dead:beef:0000:0000:0000:0000/64']""")]
    [InlineData("""([file:name = 'foo.dll'] AND [win-registry-key:key = 'HKEY_LOCAL_MACHINE\\foo\\bar']) OR [process:name = 'fooproc' OR process:name = 'procfoo']""")]
    [InlineData("""[file:hashes.MD5 = '79054025255fb1a26e4bc422aef54eb4'] FOLLOWEDBY [windows-registry-key:key = 'HKEY_LOCAL_MACHINE\\foo\\bar'] WITHIN 300 SECONDS""")]
    [InlineData("""[user-account:account_type = 'unix' AND user-account:user_id = '1007' AND user-account:account_login = 'Peter'] AND [user-account:account_type = 'unix' AND user-account:user_id = '1008' AND user-account:account_login = 'Paul'] START t'2016-06-01T00:00:00Z' STOP t'2016-07-01T00:00:00Z'""")]
    [InlineData("""[x509-certificate:issuer = 'CN=WEBMAIL' AND x509-certificate:serial_number = '4c:0b:1d:19:74:86:a7:66:b4:1a:bf:40:27:21:76:28']""")]
    [InlineData("""[windows-registry-key:key = 'HKEY_CURRENT_USER\\Software\\CryptoLocker\\Files' OR windows-registry-key:key = 'HKEY_CURRENT_USER\\Software\\Microsoft\\CurrentVersion\\Run\\CryptoLocker_0388']""")]
    [InlineData("""[(file:name = 'pdf.exe' OR file:size = '371712') AND file:created = t'2014-01-13T07:03:17Z']""")]
    [InlineData("""[email-message:sender_ref.value = 'jdoe@example.com' AND email-message:subject = 'Conference Info']""")]
    [InlineData("""[x-usb-device:usbdrive.serial_number = '575833344E35313835343132']""")]
    [InlineData("""[process:command_line MATCHES '^.+>-add GlobalSettings.lnk$']""")]
    [InlineData("""[process:parent_ref.name = 'explorer.exe'] AND [ipv4-addr:value = '198.51.100.99']""")]
    [InlineData("""[network-traffic:src_ref.type = 'ipv4-addr' AND network-traffic:src_ref.value = '203.0.113.10' AND network-traffic:dst_ref.type = 'domain-name' AND network-traffic:dst_ref.value = 'example.com' AND network-traffic:dst_port = 22] REPEATS 12 TIMES WITHIN 15 SECONDS""")]
    [InlineData("""[file:size IN (1, 2, 3) AND file:name NOT LIKE 'x%' AND EXISTS file:hashes]""")]
    [InlineData("""[artifact:payload_bin = b'dGVzdA==' AND artifact:x_flag = true AND artifact:x_n >= -4 AND artifact:x_f < -.5]""")]
    [InlineData("""[file:name = 'it\'s'] /* a comment */ AND [file:x_list[0] != 'a' AND file:x_list[-1] <> 'b']""")]
    [InlineData("""[file:name = 'a'] WITHIN 2.5 SECONDS START t'2016-06-01T00:00:00.123Z' STOP t'2016-06-01T00:00:01Z'""")]
    [InlineData("""[file:'name' = 'a' AND network-traffic:ipfix.'minimumIpTotalLength' = 32]""")]
    public void Specification_examples_parse(string pattern)
    {
        var result = StixPatternParser.Parse(pattern);

        Assert.True(result.IsSuccess, result.Error?.ToString());
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("   ", 0)]
    [InlineData("file:name = 'x'", 0)]
    [InlineData("[file:name = 'x'", 16)]
    [InlineData("[file:name = 'x']]", 17)]
    [InlineData("[file:name 'x']", 11)]
    [InlineData("[file:name = x]", 13)]
    [InlineData("[file:name = 'x] AND [file:name = 'y']", 35)]
    [InlineData("[file name = 'x']", 6)]
    [InlineData("[File:name = 'x']", 1)]
    [InlineData("[file:hashes.SHA-256 = 'x']", 13)]
    [InlineData("[file:name = 'x'] and [file:name = 'y']", 18)]
    [InlineData("[file:name = 'x'] AND", 21)]
    [InlineData("[file:size > true]", 13)]
    [InlineData("[file:name LIKE 5]", 16)]
    [InlineData("[file:size = 007]", 13)]
    [InlineData("[file:x = h'abc']", 10)]
    [InlineData("[file:x = b'abc']", 10)]
    [InlineData("[file:x = t'2016-13-01T00:00:00Z']", 10)]
    [InlineData("[file:x = t'2016-01-01 00:00:00Z']", 10)]
    [InlineData("[file:name = 'a\\b']", 15)]
    [InlineData("[file:name = 'a'] REPEATS 0 TIMES", 26)]
    [InlineData("[file:name = 'a'] REPEATS 2", 27)]
    [InlineData("[file:name = 'a'] WITHIN 0 SECONDS", 25)]
    [InlineData("[file:name = 'a'] WITHIN 5", 26)]
    [InlineData("[file:name = 'a'] START t'2016-06-02T00:00:00Z' STOP t'2016-06-01T00:00:00Z'", 53)]
    [InlineData("[file:name = 'a'] START '2016-06-02T00:00:00Z' STOP t'2016-06-01T00:00:00Z'", 24)]
    [InlineData("[file:x[a] = 'a']", 8)]
    [InlineData("[file:size IN 1]", 14)]
    [InlineData("[file:size IN (1, ]", 18)]
    [InlineData("[]", 1)]
    [InlineData("([file:name = 'a']", 18)]
    [InlineData("[file:name = 'a'] # ", 18)]
    public void Malformed_patterns_name_the_position(string pattern, int position)
    {
        var result = StixPatternParser.Parse(pattern);

        Assert.False(result.IsSuccess, "accepted: " + pattern);
        Assert.True(result.Error.Position == position, $"{result.Error} (expected position {position})");
    }

    [Fact]
    public void Followedby_binds_loosest_and_and_tightest()
    {
        var result = StixPatternParser.Parse("[a-b:x = 1] FOLLOWEDBY [a-b:x = 2] OR [a-b:x = 3] AND [a-b:x = 4]");

        var root = Assert.IsType<ObservationBinary>(result.Pattern!.Expression);
        Assert.Equal(ObservationOperator.FollowedBy, root.Operator);
        var or = Assert.IsType<ObservationBinary>(root.Right);
        Assert.Equal(ObservationOperator.Or, or.Operator);
        Assert.Equal(ObservationOperator.And, Assert.IsType<ObservationBinary>(or.Right).Operator);
    }

    [Fact]
    public void Object_paths_keep_quoted_keys_and_indexes()
    {
        var result = StixPatternParser.Parse("[file:extensions.'windows-pebinary-ext'.sections[*].entropy > 7.0 AND file:x[2] = 1]");

        var and = Assert.IsType<ComparisonBinary>(Assert.IsType<ObservationComparison>(result.Pattern!.Expression).Comparison);
        var test = Assert.IsType<PropertyTest>(and.Left);
        Assert.Equal("file", test.Path.ObjectType);
        Assert.Equal(["extensions", "windows-pebinary-ext", "sections", null, "entropy"], test.Path.Steps.Select(s => s.Property));
        Assert.True(test.Path.Steps[3].IsAnyIndex);
        Assert.Equal(2, Assert.IsType<PropertyTest>(and.Right).Path.Steps[1].Index);
    }

    [Fact]
    public void Qualifiers_chain_on_one_observation()
    {
        var result = StixPatternParser.Parse("[file:name = 'a'] REPEATS 5 TIMES WITHIN 1800 SECONDS");

        var within = Assert.IsType<ObservationQualified>(result.Pattern!.Expression);
        Assert.Equal(1800, Assert.IsType<WithinQualifier>(within.Qualifier).Seconds);
        Assert.Equal(5, Assert.IsType<RepeatsQualifier>(Assert.IsType<ObservationQualified>(within.Expression).Qualifier).Times);
    }
}
