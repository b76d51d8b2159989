namespace Tocsin.Core.Stix.Validation.Vocabularies;

/// <summary>The open vocabularies and enumerations of STIX 2.1 §10 that properties of the core objects use.</summary>
internal static class StixVocabularies
{
    public static readonly Vocabulary AccountType = new("account-type-ov", true,
        "facebook", "ldap", "nis", "openid", "radius", "skype", "tacacs", "twitter", "unix", "windows-local", "windows-domain");

    public static readonly Vocabulary AttackMotivation = new("attack-motivation-ov", true,
        "accidental", "coercion", "dominance", "ideology", "notoriety", "organizational-gain", "personal-gain",
        "personal-satisfaction", "revenge", "unpredictable");

    public static readonly Vocabulary AttackResourceLevel = new("attack-resource-level-ov", true,
        "individual", "club", "contest", "team", "organization", "government");

    public static readonly Vocabulary EncryptionAlgorithm = new("encryption-algorithm-enum", false,
        "AES-256-GCM", "ChaCha20-Poly1305", "mime-type-indicated");

    public static readonly Vocabulary ExtensionType = new("extension-type-enum", false,
        "new-sdo", "new-sco", "new-sro", "property-extension", "toplevel-property-extension");

    public static readonly Vocabulary GroupingContext = new("grouping-context-ov", true,
        "suspicious-activity", "malware-analysis", "unspecified");

    public static readonly Vocabulary IdentityClass = new("identity-class-ov", true,
        "individual", "group", "system", "organization", "class", "unknown");

    public static readonly Vocabulary ImplementationLanguage = new("implementation-language-ov", true,
        "applescript", "bash", "c", "c++", "c#", "go", "java", "javascript", "lua", "objective-c", "perl", "php",
        "powershell", "python", "ruby", "scala", "swift", "typescript", "visual-basic", "x86-32", "x86-64");

    public static readonly Vocabulary IndicatorType = new("indicator-type-ov", true,
        "anomalous-activity", "anonymization", "benign", "compromised", "malicious-activity", "attribution", "unknown");

    public static readonly Vocabulary IndustrySector = new("industry-sector-ov", true,
        "agriculture", "aerospace", "automotive", "chemical", "commercial", "communications", "construction", "defense",
        "education", "energy", "entertainment", "financial-services", "government", "government-national",
        "government-regional", "government-local", "government-public-services", "healthcare", "hospitality-leisure",
        "infrastructure", "dams", "nuclear", "water", "insurance", "manufacturing", "mining", "non-profit",
        "pharmaceuticals", "retail", "technology", "telecommunications", "transportation", "utilities");

    public static readonly Vocabulary InfrastructureType = new("infrastructure-type-ov", true,
        "amplification", "anonymization", "botnet", "command-and-control", "control-system", "exfiltration", "firewall",
        "hosting-malware", "hosting-target-lists", "phishing", "reconnaissance", "routers-switches", "staging",
        "workstation", "unknown");

    public static readonly Vocabulary MalwareCapabilities = new("malware-capabilities-ov", true,
        "accesses-remote-machines", "anti-debugging", "anti-disassembly", "anti-emulation", "anti-memory-forensics",
        "anti-sandbox", "anti-vm", "captures-input-peripherals", "captures-output-peripherals",
        "captures-system-state-data", "cleans-traces-of-infection", "commits-fraud", "communicates-with-c2",
        "compromises-data-availability", "compromises-data-integrity", "compromises-system-availability",
        "controls-local-machine", "degrades-security-software", "degrades-system-updates", "determines-c2-server",
        "emails-spam", "escalates-privileges", "evades-av", "exfiltrates-data", "fingerprints-host", "hides-artifacts",
        "hides-executing-code", "infects-files", "infects-remote-machines", "installs-other-components",
        "persists-after-system-reboot", "prevents-artifact-access", "prevents-artifact-deletion",
        "probes-network-environment", "self-modifies", "steals-authentication-credentials",
        "violates-system-operational-integrity");

    public static readonly Vocabulary MalwareResult = new("malware-result-ov", true, "malicious", "suspicious", "benign", "unknown");

    public static readonly Vocabulary MalwareType = new("malware-type-ov", true,
        "adware", "backdoor", "bot", "bootkit", "ddos", "downloader", "dropper", "exploit-kit", "keylogger", "ransomware",
        "remote-access-trojan", "resource-exploitation", "rogue-security-software", "rootkit", "screen-capture", "spyware",
        "trojan", "unknown", "virus", "webshell", "wiper", "worm");

    public static readonly Vocabulary NetworkSocketAddressFamily = new("network-socket-address-family-enum", false,
        "AF_UNSPEC", "AF_INET", "AF_IPX", "AF_APPLETALK", "AF_NETBIOS", "AF_INET6", "AF_IRDA", "AF_BTH");

    public static readonly Vocabulary NetworkSocketType = new("network-socket-type-enum", false,
        "SOCK_STREAM", "SOCK_DGRAM", "SOCK_RAW", "SOCK_RDM", "SOCK_SEQPACKET");

    public static readonly Vocabulary Opinion = new("opinion-enum", false,
        "strongly-disagree", "disagree", "neutral", "agree", "strongly-agree");

    public static readonly Vocabulary PatternType = new("pattern-type-ov", true, "stix", "pcre", "sigma", "snort", "suricata", "yara");

    public static readonly Vocabulary ProcessorArchitecture = new("processor-architecture-ov", true,
        "alpha", "arm", "ia-64", "mips", "powerpc", "sparc", "x86", "x86-64");

    public static readonly Vocabulary Region = new("region-ov", true,
        "africa", "eastern-africa", "middle-africa", "northern-africa", "southern-africa", "western-africa", "americas",
        "caribbean", "central-america", "latin-america-caribbean", "northern-america", "south-america", "asia",
        "central-asia", "eastern-asia", "southern-asia", "south-eastern-asia", "western-asia", "europe", "eastern-europe",
        "northern-europe", "southern-europe", "western-europe", "oceania", "antarctica", "australia-new-zealand",
        "melanesia", "micronesia", "polynesia");

    public static readonly Vocabulary ReportType = new("report-type-ov", true,
        "attack-pattern", "campaign", "identity", "indicator", "intrusion-set", "malware", "observed-data",
        "threat-actor", "threat-report", "tool", "vulnerability");

    public static readonly Vocabulary ThreatActorRole = new("threat-actor-role-ov", true,
        "agent", "director", "independent", "infrastructure-architect", "infrastructure-operator", "malware-author", "sponsor");

    public static readonly Vocabulary ThreatActorSophistication = new("threat-actor-sophistication-ov", true,
        "none", "minimal", "intermediate", "advanced", "expert", "innovator", "strategic");

    public static readonly Vocabulary ThreatActorType = new("threat-actor-type-ov", true,
        "activist", "competitor", "crime-syndicate", "criminal", "hacker", "insider-accidental", "insider-disgruntled",
        "nation-state", "sensationalist", "spy", "terrorist", "unknown");

    public static readonly Vocabulary ToolType = new("tool-type-ov", true,
        "denial-of-service", "exploitation", "information-gathering", "network-capture", "credential-exploitation",
        "remote-access", "vulnerability-scanning", "unknown");

    public static readonly Vocabulary WindowsIntegrityLevel = new("windows-integrity-level-enum", false, "low", "medium", "high", "system");

    public static readonly Vocabulary WindowsPeBinaryType = new("windows-pebinary-type-ov", true, "dll", "exe", "sys");

    public static readonly Vocabulary WindowsRegistryDatatype = new("windows-registry-datatype-enum", false,
        "REG_NONE", "REG_SZ", "REG_EXPAND_SZ", "REG_BINARY", "REG_DWORD", "REG_DWORD_BIG_ENDIAN", "REG_DWORD_LITTLE_ENDIAN",
        "REG_LINK", "REG_MULTI_SZ", "REG_RESOURCE_LIST", "REG_FULL_RESOURCE_DESCRIPTION", "REG_RESOURCE_REQUIREMENTS_LIST",
        "REG_QWORD", "REG_INVALID_TYPE");

    public static readonly Vocabulary WindowsServiceStartType = new("windows-service-start-type-enum", false,
        "SERVICE_AUTO_START", "SERVICE_BOOT_START", "SERVICE_DEMAND_START", "SERVICE_DISABLED", "SERVICE_SYSTEM_ALERT");

    public static readonly Vocabulary WindowsServiceType = new("windows-service-type-enum", false,
        "SERVICE_KERNEL_DRIVER", "SERVICE_FILE_SYSTEM_DRIVER", "SERVICE_WIN32_OWN_PROCESS", "SERVICE_WIN32_SHARE_PROCESS");

    public static readonly Vocabulary WindowsServiceStatus = new("windows-service-status-enum", false,
        "SERVICE_CONTINUE_PENDING", "SERVICE_PAUSE_PENDING", "SERVICE_PAUSED", "SERVICE_RUNNING", "SERVICE_START_PENDING",
        "SERVICE_STOP_PENDING", "SERVICE_STOPPED");
}
