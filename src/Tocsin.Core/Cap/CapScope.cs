namespace Tocsin.Core.Cap;

/// <summary>The intended distribution of the message (CAP 1.2 §3.2.1 <c>scope</c>).</summary>
public enum CapScope
{
    /// <summary>For general dissemination to unrestricted audiences.</summary>
    Public,

    /// <summary>For dissemination only to users with a known operational requirement; <c>restriction</c> says which.</summary>
    Restricted,

    /// <summary>For dissemination only to the addresses listed in <c>addresses</c>.</summary>
    Private,
}
