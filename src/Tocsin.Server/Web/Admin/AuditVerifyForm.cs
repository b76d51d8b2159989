namespace Tocsin.Server.Web.Admin;

/// <summary>What the audit page's verify form posts: whether to recheck every stored object version too.</summary>
public sealed class AuditVerifyForm
{
    /// <summary>Also recheck object versions against their content hashes (slower), as <c>tocsin audit verify --deep</c>.</summary>
    public bool Deep { get; set; }
}
