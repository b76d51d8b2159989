using System.Text.Json.Nodes;
using Tocsin.Core.Stix;

namespace Tocsin.Core.Tests.Validation;

/// <summary>The properties inside the predefined SCO extensions (STIX 2.1 §6.7.2, §6.12.2–§6.12.5, §6.13.2–§6.13.3,
/// §6.16.2), one row per rule: the base object, its <c>extensions</c>, and the issue expected (none: no error).</summary>
public sealed class PredefinedExtensionRuleTests
{
    private const string File = """{"type":"file","spec_version":"2.1","id":"file--58b737df-921c-51f4-a2ec-a0f68ea8b3d3","name":"a.exe"}""";
    private const string Traffic = """{"type":"network-traffic","spec_version":"2.1","id":"network-traffic--2568d22a-8998-48e5-9d6c-d8f3b5f4f6ff","src_ref":"ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4","protocols":["tcp"]}""";
    private const string Process = """{"type":"process","spec_version":"2.1","id":"process--f52a906a-0dfc-40bd-92f1-e7778ead38a9","pid":1221}""";
    private const string Account = """{"type":"user-account","spec_version":"2.1","id":"user-account--0d5b424b-93b8-5cd8-ac36-306e1789d63c","user_id":"1001"}""";
    private const string FileRef = "file--e277603e-1060-5ad4-9937-c26c97f1ca68";

    public static TheoryData<string, string, string?, string?> Rows => new()
    {
        // archive-ext §6.7.2.1
        { File, $$$"""{"archive-ext":{"contains_refs":["{{{FileRef}}}"],"comment":"zip"}}""", null, null },
        { File, """{"archive-ext":{"comment":"zip"}}""", "required", "$.extensions['archive-ext'].contains_refs" },
        { File, """{"archive-ext":{"contains_refs":"file--e277603e-1060-5ad4-9937-c26c97f1ca68"}}""", "property-type", "$.extensions['archive-ext'].contains_refs" },
        { File, $$$"""{"archive-ext":{"contains_refs":["{{{FileRef}}}"],"comment":7}}""", "property-type", "$.extensions['archive-ext'].comment" },
        // ntfs-ext §6.7.2.2
        { File, """{"ntfs-ext":{"sid":"S-1-5-21","alternate_data_streams":[{"name":"second.stream","size":25536,"hashes":{"SHA-256":"b9a4ed0ea2a5b8a9c5d5c6cc0e2e1b0f1b8b7b1e1a0f5d3c2b2a1f0e0d0c0b0a"}}]}}""", null, null },
        { File, """{"ntfs-ext":{}}""", "extension-empty", "$.extensions['ntfs-ext']" },
        { File, """{"ntfs-ext":{"sid":5}}""", "property-type", "$.extensions['ntfs-ext'].sid" },
        { File, """{"ntfs-ext":{"alternate_data_streams":[{"size":1}]}}""", "required", "$.extensions['ntfs-ext'].alternate_data_streams[0].name" },
        { File, """{"ntfs-ext":{"alternate_data_streams":[{"name":"s","size":-1}]}}""", "value-range", "$.extensions['ntfs-ext'].alternate_data_streams[0].size" },
        { File, """{"ntfs-ext":{"alternate_data_streams":[{"name":"s","hashes":{"MD5":"abc"}}]}}""", "hash-value-format", "$.extensions['ntfs-ext'].alternate_data_streams[0].hashes.MD5" },
        { File, """{"ntfs-ext":{"alternate_data_streams":["s"]}}""", "property-type", "$.extensions['ntfs-ext'].alternate_data_streams[0]" },
        // pdf-ext §6.7.2.3
        { File, """{"pdf-ext":{"version":"1.7","is_optimized":false,"document_info_dict":{"Title":"Sample document","Author":"Adobe Systems Incorporated"},"pdfid0":"DFCE52BD827ECF765649852119D","pdfid1":"57A1E0F9ED2AE523E313C"}}""", null, null },
        { File, """{"pdf-ext":{}}""", "extension-empty", "$.extensions['pdf-ext']" },
        { File, """{"pdf-ext":{"is_optimized":"no"}}""", "property-type", "$.extensions['pdf-ext'].is_optimized" },
        { File, """{"pdf-ext":{"document_info_dict":{"Pages":3}}}""", "dictionary-value-type", "$.extensions['pdf-ext'].document_info_dict.Pages" },
        { File, """{"pdf-ext":{"document_info_dict":"Title"}}""", "property-type", "$.extensions['pdf-ext'].document_info_dict" },
        // raster-image-ext §6.7.2.4
        { File, """{"raster-image-ext":{"image_height":768,"image_width":1024,"bits_per_pixel":72,"exif_tags":{"Make":"Nikon","Model":"D7000","XResolution":4928}}}""", null, null },
        { File, """{"raster-image-ext":{}}""", "extension-empty", "$.extensions['raster-image-ext']" },
        { File, """{"raster-image-ext":{"image_height":76.8}}""", "property-type", "$.extensions['raster-image-ext'].image_height" },
        { File, """{"raster-image-ext":{"exif_tags":{"Make":["Nikon"]}}}""", "dictionary-value-type", "$.extensions['raster-image-ext'].exif_tags.Make" },
        // windows-pebinary-ext §6.7.2.5
        { File, """{"windows-pebinary-ext":{"pe_type":"exe","machine_hex":"014c","number_of_sections":4,"time_date_stamp":"2016-01-22T12:31:12Z","pointer_to_symbol_table_hex":"74726144","number_of_symbols":4542568,"size_of_optional_header":224,"characteristics_hex":"818f","optional_header":{"magic_hex":"010b","size_of_code":4096,"address_of_entry_point":4096,"checksum_hex":"00","hashes":{"MD5":"3773a88f65a5e780c8dff9cdc3a056f3"}},"sections":[{"name":"CODE","entropy":0.061089691361,"size":4096},{"name":"DATA"}]}}""", null, null },
        { File, """{"windows-pebinary-ext":{"machine_hex":"014c"}}""", "required", "$.extensions['windows-pebinary-ext'].pe_type" },
        { File, """{"windows-pebinary-ext":{"pe_type":"exe"}}""", "extension-empty", "$.extensions['windows-pebinary-ext']" },
        { File, """{"windows-pebinary-ext":{"pe_type":"elf","imphash":"x"}}""", "vocabulary-value", "$.extensions['windows-pebinary-ext'].pe_type" },
        { File, """{"windows-pebinary-ext":{"pe_type":"exe","machine_hex":"014C"}}""", "hex-format", "$.extensions['windows-pebinary-ext'].machine_hex" },
        { File, """{"windows-pebinary-ext":{"pe_type":"exe","number_of_sections":-4}}""", "value-range", "$.extensions['windows-pebinary-ext'].number_of_sections" },
        { File, """{"windows-pebinary-ext":{"pe_type":"exe","time_date_stamp":"2016-01-22 12:31:12"}}""", "timestamp-format", "$.extensions['windows-pebinary-ext'].time_date_stamp" },
        { File, """{"windows-pebinary-ext":{"pe_type":"exe","time_date_stamp":"2016-01-22T12:31:12.123Z"}}""", "timestamp-precision", "$.extensions['windows-pebinary-ext'].time_date_stamp" },
        { File, """{"windows-pebinary-ext":{"pe_type":"exe","file_header_hashes":{"SHA-1":"zz"}}}""", "hash-value-format", "$.extensions['windows-pebinary-ext'].file_header_hashes['SHA-1']" },
        { File, """{"windows-pebinary-ext":{"pe_type":"exe","optional_header":{}}}""", "extension-empty", "$.extensions['windows-pebinary-ext'].optional_header" },
        { File, """{"windows-pebinary-ext":{"pe_type":"exe","optional_header":"x"}}""", "property-type", "$.extensions['windows-pebinary-ext'].optional_header" },
        { File, """{"windows-pebinary-ext":{"pe_type":"exe","optional_header":{"size_of_image":-1}}}""", "value-range", "$.extensions['windows-pebinary-ext'].optional_header.size_of_image" },
        { File, """{"windows-pebinary-ext":{"pe_type":"exe","optional_header":{"major_linker_version":"2"}}}""", "property-type", "$.extensions['windows-pebinary-ext'].optional_header.major_linker_version" },
        { File, """{"windows-pebinary-ext":{"pe_type":"exe","optional_header":{"checksum_hex":"xyz"}}}""", "hex-format", "$.extensions['windows-pebinary-ext'].optional_header.checksum_hex" },
        { File, """{"windows-pebinary-ext":{"pe_type":"exe","sections":[{"size":1}]}}""", "required", "$.extensions['windows-pebinary-ext'].sections[0].name" },
        { File, """{"windows-pebinary-ext":{"pe_type":"exe","sections":[{"name":"CODE","entropy":"high"}]}}""", "property-type", "$.extensions['windows-pebinary-ext'].sections[0].entropy" },
        { File, """{"windows-pebinary-ext":{"pe_type":"exe","sections":[{"name":"CODE","size":-5}]}}""", "value-range", "$.extensions['windows-pebinary-ext'].sections[0].size" },
        // http-request-ext §6.12.2
        { Traffic, """{"http-request-ext":{"request_method":"get","request_value":"/download.html","request_version":"http/1.1","request_header":{"Accept-Encoding":["gzip,deflate"],"Host":["www.example.com"]},"message_body_length":0}}""", null, null },
        { Traffic, """{"http-request-ext":{"request_value":"/"}}""", "required", "$.extensions['http-request-ext'].request_method" },
        { Traffic, """{"http-request-ext":{"request_method":"get"}}""", "required", "$.extensions['http-request-ext'].request_value" },
        { Traffic, """{"http-request-ext":{"request_method":"get","request_value":"/","request_header":{"Host":"www.example.com"}}}""", "dictionary-value-type", "$.extensions['http-request-ext'].request_header.Host" },
        { Traffic, """{"http-request-ext":{"request_method":"get","request_value":"/","request_header":{"Host":[7]}}}""", "dictionary-value-type", "$.extensions['http-request-ext'].request_header.Host" },
        { Traffic, """{"http-request-ext":{"request_method":"get","request_value":"/","message_body_length":-1}}""", "value-range", "$.extensions['http-request-ext'].message_body_length" },
        { Traffic, """{"http-request-ext":{"request_method":1,"request_value":"/"}}""", "property-type", "$.extensions['http-request-ext'].request_method" },
        // icmp-ext §6.12.3
        { Traffic, """{"icmp-ext":{"icmp_type_hex":"08","icmp_code_hex":"00"}}""", null, null },
        { Traffic, """{"icmp-ext":{"icmp_type_hex":"08"}}""", "required", "$.extensions['icmp-ext'].icmp_code_hex" },
        { Traffic, """{"icmp-ext":{"icmp_type_hex":"0G","icmp_code_hex":"00"}}""", "hex-format", "$.extensions['icmp-ext'].icmp_type_hex" },
        { Traffic, """{"icmp-ext":{"icmp_type_hex":"0800","icmp_code_hex":"00"}}""", "value-range", "$.extensions['icmp-ext'].icmp_type_hex" },
        // socket-ext §6.12.4
        { Traffic, """{"socket-ext":{"address_family":"AF_INET","is_blocking":true,"is_listening":false,"socket_type":"SOCK_STREAM","options":{"SO_TEST":1000,"IP_TTL":64},"socket_descriptor":3,"socket_handle":-1}}""", null, null },
        { Traffic, """{"socket-ext":{"socket_type":"SOCK_STREAM"}}""", "required", "$.extensions['socket-ext'].address_family" },
        { Traffic, """{"socket-ext":{"address_family":"AF_PACKET"}}""", "enum-value", "$.extensions['socket-ext'].address_family" },
        { Traffic, """{"socket-ext":{"address_family":"AF_INET","socket_type":"SOCK_BAD"}}""", "enum-value", "$.extensions['socket-ext'].socket_type" },
        { Traffic, """{"socket-ext":{"address_family":"AF_INET","is_blocking":"yes"}}""", "property-type", "$.extensions['socket-ext'].is_blocking" },
        { Traffic, """{"socket-ext":{"address_family":"AF_INET","socket_descriptor":-3}}""", "value-range", "$.extensions['socket-ext'].socket_descriptor" },
        { Traffic, """{"socket-ext":{"address_family":"AF_INET","options":{"SO_TEST":"on"}}}""", "dictionary-value-type", "$.extensions['socket-ext'].options.SO_TEST" },
        { Traffic, """{"socket-ext":{"address_family":"AF_INET","options":{"reuse":1}}}""", "dictionary-key-format", "$.extensions['socket-ext'].options.reuse" },
        // tcp-ext §6.12.5
        { Traffic, """{"tcp-ext":{"src_flags_hex":"00000002"}}""", null, null },
        { Traffic, """{"tcp-ext":{}}""", "extension-empty", "$.extensions['tcp-ext']" },
        { Traffic, """{"tcp-ext":{"dst_flags_hex":"SYN"}}""", "hex-format", "$.extensions['tcp-ext'].dst_flags_hex" },
        // windows-process-ext §6.13.2
        { Process, """{"windows-process-ext":{"aslr_enabled":true,"dep_enabled":true,"priority":"HIGH_PRIORITY_CLASS","owner_sid":"S-1-5-21","window_title":"w","startup_info":{"dwFlags":1},"integrity_level":"high"}}""", null, null },
        { Process, """{"windows-process-ext":{}}""", "extension-empty", "$.extensions['windows-process-ext']" },
        { Process, """{"windows-process-ext":{"aslr_enabled":"true"}}""", "property-type", "$.extensions['windows-process-ext'].aslr_enabled" },
        { Process, """{"windows-process-ext":{"integrity_level":"untrusted"}}""", "enum-value", "$.extensions['windows-process-ext'].integrity_level" },
        { Process, """{"windows-process-ext":{"priority":"HIGH"}}""", "vocabulary-value", "$.extensions['windows-process-ext'].priority" },
        { Process, """{"windows-process-ext":{"startup_info":"x"}}""", "property-type", "$.extensions['windows-process-ext'].startup_info" },
        // windows-service-ext §6.13.3
        { Process, $$$"""{"windows-service-ext":{"service_name":"sirvizio","display_name":"Sirvizio","descriptions":["A service"],"group_name":"g","start_type":"SERVICE_AUTO_START","service_dll_refs":["{{{FileRef}}}"],"service_type":"SERVICE_WIN32_OWN_PROCESS","service_status":"SERVICE_RUNNING"}}""", null, null },
        { Process, """{"windows-service-ext":{}}""", "extension-empty", "$.extensions['windows-service-ext']" },
        { Process, """{"windows-service-ext":{"start_type":"AUTO"}}""", "enum-value", "$.extensions['windows-service-ext'].start_type" },
        { Process, """{"windows-service-ext":{"service_type":"SERVICE_USER"}}""", "enum-value", "$.extensions['windows-service-ext'].service_type" },
        { Process, """{"windows-service-ext":{"service_status":"RUNNING"}}""", "enum-value", "$.extensions['windows-service-ext'].service_status" },
        { Process, """{"windows-service-ext":{"descriptions":"A service"}}""", "property-type", "$.extensions['windows-service-ext'].descriptions" },
        { Process, """{"windows-service-ext":{"service_name":["s"]}}""", "property-type", "$.extensions['windows-service-ext'].service_name" },
        // unix-account-ext §6.16.2
        { Account, """{"unix-account-ext":{"gid":1001,"groups":["wheel"],"home_dir":"/home/jdoe","shell":"/bin/bash"}}""", null, null },
        { Account, """{"unix-account-ext":{}}""", "extension-empty", "$.extensions['unix-account-ext']" },
        { Account, """{"unix-account-ext":{"gid":"1001"}}""", "property-type", "$.extensions['unix-account-ext'].gid" },
        { Account, """{"unix-account-ext":{"groups":[1]}}""", "property-type", "$.extensions['unix-account-ext'].groups[0]" },
        { Account, """{"unix-account-ext":{"shell":false}}""", "property-type", "$.extensions['unix-account-ext'].shell" },
        // an extension on an object it does not extend (§6)
        { Process, """{"ntfs-ext":{"sid":"S-1-5-21"}}""", "extension-object-type", "$.extensions['ntfs-ext']" },
        { File, """{"tcp-ext":{"src_flags_hex":"02"}}""", "extension-object-type", "$.extensions['tcp-ext']" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Predefined_extension_properties_follow_the_spec(string baseObject, string extensions, string? rule, string? path)
    {
        var node = JsonNode.Parse(baseObject)!.AsObject();
        node["extensions"] = JsonNode.Parse(extensions);

        var issues = StixValidator.Validate(StixJson.Parse(node.ToJsonString()));

        var others = string.Join(Environment.NewLine, issues);
        if (rule is null)
        {
            Assert.True(!StixValidator.HasErrors(issues), "Expected no errors, got:" + Environment.NewLine + others);
            Assert.DoesNotContain(issues, i => i.Rule == "vocabulary-value");
        }
        else
        {
            Assert.True(issues.Any(i => i.Rule == rule && i.Path == path), $"Expected {rule} at {path}; got:{Environment.NewLine}{others}");
        }
    }
}
