using System.Collections.Frozen;
using Tocsin.Core.Stix.Validation.Vocabularies;

namespace Tocsin.Core.Stix.Validation;

/// <summary>The predefined SCO extensions of STIX 2.1 Errata 01 §6 and the types inside them, property by
/// property. Cross-checked with the OASIS JSON schemas (cti-stix2-json-schemas, observables/*.json), which the
/// OASIS validator applies, so that nothing Tocsin stores is rejected there.</summary>
internal static class PredefinedExtensions
{
    private const double MaxInteger = PropertyTable.MaxInteger;

    /// <summary>§6.7.2.2 Alternate Data Stream type (ntfs-ext <c>alternate_data_streams</c>).</summary>
    public static PropertyTable AlternateDataStream { get; } = new PropertyTable()
        .Required("name", PropertyKind.String)
        .Optional("hashes", PropertyKind.Hashes)
        .Number("size", PropertyKind.Integer, 0, MaxInteger);

    /// <summary>§6.7.2.5 Windows PE Optional Header type (windows-pebinary-ext <c>optional_header</c>).</summary>
    public static PropertyTable OptionalHeader { get; } = new PropertyTable()
        .Optional("magic_hex", PropertyKind.Hex)
        .Optional("major_linker_version", PropertyKind.Integer)
        .Optional("minor_linker_version", PropertyKind.Integer)
        .Number("size_of_code", PropertyKind.Integer, 0, MaxInteger)
        .Number("size_of_initialized_data", PropertyKind.Integer, 0, MaxInteger)
        .Number("size_of_uninitialized_data", PropertyKind.Integer, 0, MaxInteger)
        .Optional("address_of_entry_point", PropertyKind.Integer)
        .Optional("base_of_code", PropertyKind.Integer)
        .Optional("base_of_data", PropertyKind.Integer)
        .Optional("image_base", PropertyKind.Integer)
        .Optional("section_alignment", PropertyKind.Integer)
        .Optional("file_alignment", PropertyKind.Integer)
        .Optional("major_os_version", PropertyKind.Integer)
        .Optional("minor_os_version", PropertyKind.Integer)
        .Optional("major_image_version", PropertyKind.Integer)
        .Optional("minor_image_version", PropertyKind.Integer)
        .Optional("major_subsystem_version", PropertyKind.Integer)
        .Optional("minor_subsystem_version", PropertyKind.Integer)
        .Optional("win32_version_value_hex", PropertyKind.Hex)
        .Number("size_of_image", PropertyKind.Integer, 0, MaxInteger)
        .Number("size_of_headers", PropertyKind.Integer, 0, MaxInteger)
        .Optional("checksum_hex", PropertyKind.Hex)
        .Optional("subsystem_hex", PropertyKind.Hex)
        .Optional("dll_characteristics_hex", PropertyKind.Hex)
        .Number("size_of_stack_reserve", PropertyKind.Integer, 0, MaxInteger)
        .Number("size_of_stack_commit", PropertyKind.Integer, 0, MaxInteger)
        .Number("size_of_heap_reserve", PropertyKind.Integer, 0, MaxInteger)
        .Number("size_of_heap_commit", PropertyKind.Integer, 0, MaxInteger)
        .Optional("loader_flags_hex", PropertyKind.Hex)
        .Optional("number_of_rva_and_sizes", PropertyKind.Integer)
        .Optional("hashes", PropertyKind.Hashes);

    /// <summary>§6.7.2.5 Windows PE Section type (windows-pebinary-ext <c>sections</c>).</summary>
    public static PropertyTable Section { get; } = new PropertyTable()
        .Required("name", PropertyKind.String)
        .Number("size", PropertyKind.Integer, 0, MaxInteger)
        .Optional("entropy", PropertyKind.Float)
        .Optional("hashes", PropertyKind.Hashes);

    /// <summary>Every predefined extension by its key.</summary>
    public static FrozenDictionary<string, PredefinedExtension> ByName { get; } = new PredefinedExtension[]
    {
        new("archive-ext", "file", "§6.7.2.1", new PropertyTable()
            .Required("contains_refs", PropertyKind.StringList)
            .Optional("comment", PropertyKind.String), []),
        new("ntfs-ext", "file", "§6.7.2.2", new PropertyTable()
            .Optional("sid", PropertyKind.String)
            .Optional("alternate_data_streams", PropertyKind.ObjectList), ["sid", "alternate_data_streams"]),
        new("pdf-ext", "file", "§6.7.2.3", new PropertyTable()
            .Optional("version", PropertyKind.String)
            .Optional("is_optimized", PropertyKind.Boolean)
            .Optional("document_info_dict", PropertyKind.Dictionary)
            .Optional("pdfid0", PropertyKind.String)
            .Optional("pdfid1", PropertyKind.String), ["version", "is_optimized", "document_info_dict", "pdfid0", "pdfid1"]),
        new("raster-image-ext", "file", "§6.7.2.4", new PropertyTable()
            .Optional("image_height", PropertyKind.Integer)
            .Optional("image_width", PropertyKind.Integer)
            .Optional("bits_per_pixel", PropertyKind.Integer)
            .Optional("exif_tags", PropertyKind.Dictionary), ["image_height", "image_width", "bits_per_pixel", "exif_tags"]),
        new("windows-pebinary-ext", "file", "§6.7.2.5", new PropertyTable()
            .Required("pe_type", PropertyKind.Vocabulary, StixVocabularies.WindowsPeBinaryType)
            .Optional("imphash", PropertyKind.String)
            .Optional("machine_hex", PropertyKind.Hex)
            .Number("number_of_sections", PropertyKind.Integer, 0, MaxInteger)
            .Optional("time_date_stamp", PropertyKind.Timestamp)
            .Optional("pointer_to_symbol_table_hex", PropertyKind.Hex)
            .Number("number_of_symbols", PropertyKind.Integer, 0, MaxInteger)
            .Number("size_of_optional_header", PropertyKind.Integer, 0, MaxInteger)
            .Optional("characteristics_hex", PropertyKind.Hex)
            .Optional("file_header_hashes", PropertyKind.Hashes)
            .Optional("optional_header", PropertyKind.Object)
            .Optional("sections", PropertyKind.ObjectList),
            ["imphash", "machine_hex", "number_of_sections", "time_date_stamp", "pointer_to_symbol_table_hex", "number_of_symbols",
             "size_of_optional_header", "characteristics_hex", "file_header_hashes", "optional_header", "sections"]),
        new("http-request-ext", "network-traffic", "§6.12.2", new PropertyTable()
            .Required("request_method", PropertyKind.String)
            .Required("request_value", PropertyKind.String)
            .Optional("request_version", PropertyKind.String)
            .Optional("request_header", PropertyKind.Dictionary)
            .Number("message_body_length", PropertyKind.Integer, 0, MaxInteger)
            .Optional("message_body_data_ref", PropertyKind.String), []),
        new("icmp-ext", "network-traffic", "§6.12.3", new PropertyTable()
            .Required("icmp_type_hex", PropertyKind.Hex)
            .Required("icmp_code_hex", PropertyKind.Hex), []),
        new("socket-ext", "network-traffic", "§6.12.4", new PropertyTable()
            .Required("address_family", PropertyKind.Vocabulary, StixVocabularies.NetworkSocketAddressFamily)
            .Optional("is_blocking", PropertyKind.Boolean)
            .Optional("is_listening", PropertyKind.Boolean)
            .Optional("options", PropertyKind.Dictionary)
            .Optional("socket_type", PropertyKind.Vocabulary, StixVocabularies.NetworkSocketType)
            .Number("socket_descriptor", PropertyKind.Integer, 0, MaxInteger)
            .Optional("socket_handle", PropertyKind.Integer), []),
        new("tcp-ext", "network-traffic", "§6.12.5", new PropertyTable()
            .Optional("src_flags_hex", PropertyKind.Hex)
            .Optional("dst_flags_hex", PropertyKind.Hex), ["src_flags_hex", "dst_flags_hex"]),
        new("windows-process-ext", "process", "§6.13.2", new PropertyTable()
            .Optional("aslr_enabled", PropertyKind.Boolean)
            .Optional("dep_enabled", PropertyKind.Boolean)
            .Optional("priority", PropertyKind.String)
            .Optional("owner_sid", PropertyKind.String)
            .Optional("window_title", PropertyKind.String)
            .Optional("startup_info", PropertyKind.Dictionary)
            .Optional("integrity_level", PropertyKind.Vocabulary, StixVocabularies.WindowsIntegrityLevel),
            ["aslr_enabled", "dep_enabled", "priority", "owner_sid", "window_title", "startup_info", "integrity_level"]),
        new("windows-service-ext", "process", "§6.13.3", new PropertyTable()
            .Optional("service_name", PropertyKind.String)
            .Optional("descriptions", PropertyKind.StringList)
            .Optional("display_name", PropertyKind.String)
            .Optional("group_name", PropertyKind.String)
            .Optional("start_type", PropertyKind.Vocabulary, StixVocabularies.WindowsServiceStartType)
            .Optional("service_dll_refs", PropertyKind.StringList)
            .Optional("service_type", PropertyKind.Vocabulary, StixVocabularies.WindowsServiceType)
            .Optional("service_status", PropertyKind.Vocabulary, StixVocabularies.WindowsServiceStatus),
            ["service_name", "descriptions", "display_name", "group_name", "start_type", "service_dll_refs", "service_type", "service_status"]),
        new("unix-account-ext", "user-account", "§6.16.2", new PropertyTable()
            .Optional("gid", PropertyKind.Integer)
            .Optional("groups", PropertyKind.StringList)
            .Optional("home_dir", PropertyKind.String)
            .Optional("shell", PropertyKind.String), ["gid", "groups", "home_dir", "shell"]),
    }.ToFrozenDictionary(e => e.Name, StringComparer.Ordinal);
}
