namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>Course of Action (<c>course-of-action</c>, STIX 2.1 §4.3): its properties, their types and vocabularies.</summary>
internal sealed class CourseOfActionRule() : SchemaTypeRule("course-of-action", new PropertyTable()
            .Required("name", PropertyKind.String)
            .Optional("description", PropertyKind.String));
