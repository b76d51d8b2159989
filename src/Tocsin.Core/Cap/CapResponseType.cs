namespace Tocsin.Core.Cap;

/// <summary>The type of action recommended for the target audience (CAP 1.2 §3.2.2 <c>responseType</c>).</summary>
public enum CapResponseType
{
    /// <summary>Take shelter in place or per instruction.</summary>
    Shelter,

    /// <summary>Relocate as instructed in the instruction.</summary>
    Evacuate,

    /// <summary>Make preparations per the instruction.</summary>
    Prepare,

    /// <summary>Execute a pre-planned activity identified in instruction.</summary>
    Execute,

    /// <summary>Avoid the subject event as per the instruction.</summary>
    Avoid,

    /// <summary>Attend to information sources as described in instruction.</summary>
    Monitor,

    /// <summary>Evaluate the information in this message (not for public warnings).</summary>
    Assess,

    /// <summary>The subject event no longer poses a threat or concern.</summary>
    AllClear,

    /// <summary>No action recommended.</summary>
    None,
}
