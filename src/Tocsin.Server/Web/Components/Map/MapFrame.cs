namespace Tocsin.Server.Web.Components.Map;

/// <summary>A box of the drawing holding some territories at their own scale: the main view, or an inset for
/// territories too far away to share it (the French overseas départements).</summary>
/// <param name="Label">Shown under an inset: a territory name; null for the main view and for the zoom (whose label
/// the component words in the reader's language).</param>
/// <param name="X">Left edge in view box pixels.</param>
/// <param name="Y">Top edge in view box pixels.</param>
/// <param name="Width">Width in view box pixels.</param>
/// <param name="Height">Height in view box pixels.</param>
/// <param name="Zoom">True for a magnified repeat of territories also drawn in the main view (Paris and its
/// inner suburbs, too small to point at otherwise).</param>
public sealed record MapFrame(string? Label, int X, int Y, int Width, int Height, bool Zoom = false)
{
    /// <summary>True for an inset or the zoom, which are outlined and labelled.</summary>
    public bool IsInset => Label is not null || Zoom;
}
