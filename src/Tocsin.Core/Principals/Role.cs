namespace Tocsin.Core.Principals;

/// <summary>What a person may do. A principal holds any number of roles.</summary>
public enum Role
{
    /// <summary>Records and edits the intelligence picture, reviews ingest drafts, proposes decisions.</summary>
    Analyst,

    /// <summary>Approves or rejects decisions proposed by someone else.</summary>
    Approver,

    /// <summary>Watches the level and publications; reads the picture.</summary>
    WatchOfficer,

    /// <summary>Manages principals, collections and grants.</summary>
    Admin,
}
