namespace Tocsin.Server.Web.Decisions;

/// <summary>The texts of the decision room: <c>RoomTexts.resx</c> (English) and <c>RoomTexts.fr.resx</c> (French),
/// read through <c>IStringLocalizer&lt;RoomTexts&gt;</c>.</summary>
public sealed class RoomTexts
{
    private RoomTexts()
    {
    }
}
