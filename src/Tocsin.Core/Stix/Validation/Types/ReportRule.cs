using Tocsin.Core.Stix.Validation.Vocabularies;

namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>Report (<c>report</c>, STIX 2.1 §4.17): its properties, their types and vocabularies.</summary>
internal sealed class ReportRule() : SchemaTypeRule("report", new PropertyTable()
            .Required("name", PropertyKind.String)
            .Optional("description", PropertyKind.String)
            .Optional("report_types", PropertyKind.VocabularyList, StixVocabularies.ReportType)
            .Required("published", PropertyKind.Timestamp)
            .Required("object_refs", PropertyKind.Any));
