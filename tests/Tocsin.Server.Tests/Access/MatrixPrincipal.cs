namespace Tocsin.Server.Tests.Access;

/// <summary>Every kind of principal a write path must be tried with: staff by role, administrators, and
/// partner services by the grant they hold on the collection.</summary>
public enum MatrixPrincipal
{
    /// <summary>An analyst with read and write grants on the collection.</summary>
    Analyst,

    /// <summary>An approver with no grant on the collection.</summary>
    Approver,

    /// <summary>A watch officer with a read grant.</summary>
    WatchOfficer,

    /// <summary>An administrator (every collection).</summary>
    Admin,

    /// <summary>A partner service (country DEU, ceiling GREEN) with a read grant.</summary>
    PartnerRead,

    /// <summary>A partner service with read and write grants.</summary>
    PartnerReadWrite,

    /// <summary>A partner service with a write grant only (a drop box).</summary>
    PartnerWriteOnly,
}
