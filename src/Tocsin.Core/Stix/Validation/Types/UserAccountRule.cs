using Tocsin.Core.Stix.Validation.Vocabularies;

namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>User Account (<c>user-account</c>, STIX 2.1 §6.16): its properties, their types and vocabularies.</summary>
internal sealed class UserAccountRule() : SchemaTypeRule("user-account", new PropertyTable()
            .Optional("user_id", PropertyKind.String)
            .Optional("credential", PropertyKind.String)
            .Optional("account_login", PropertyKind.String)
            .Optional("account_type", PropertyKind.Vocabulary, StixVocabularies.AccountType)
            .Optional("display_name", PropertyKind.String)
            .Optional("is_service_account", PropertyKind.Boolean)
            .Optional("is_privileged", PropertyKind.Boolean)
            .Optional("can_escalate_privs", PropertyKind.Boolean)
            .Optional("is_disabled", PropertyKind.Boolean)
            .Optional("account_created", PropertyKind.Timestamp)
            .Optional("account_expires", PropertyKind.Timestamp)
            .Optional("credential_last_changed", PropertyKind.Timestamp)
            .Optional("account_first_login", PropertyKind.Timestamp)
            .Optional("account_last_login", PropertyKind.Timestamp));
