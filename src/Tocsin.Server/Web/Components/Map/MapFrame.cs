namespace Tocsin.Server.Web.Components.Map;

/// <summary>A box of the drawing holding some territories at their own scale: the main view, or an inset for
/// territories too far away to share it (the French overseas départements).</summary>
/// <param name="Label">Shown under an inset; null for the main view.</param>
/// <param name="X">Left edge in view box pixels.</param>
/// <param name="Y">Top edge in view box pixels.</param>
/// <param name="Width">Width in view box pixels.</param>
/// <param name="Height">Height in view box pixels.</param>
public sealed record MapFrame(string? Label, int X, int Y, int Width, int Height)
{
    /// <summary>True for an inset, which is outlined and labelled.</summary>
    public bool IsInset => Label is not null;
}
