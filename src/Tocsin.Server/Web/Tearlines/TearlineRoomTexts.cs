namespace Tocsin.Server.Web.Tearlines;

/// <summary>The texts of the tearline room: <c>TearlineRoomTexts.resx</c> (English) and <c>TearlineRoomTexts.fr.resx</c>
/// (French), read through <c>IStringLocalizer&lt;TearlineRoomTexts&gt;</c>.</summary>
public sealed class TearlineRoomTexts
{
    private TearlineRoomTexts()
    {
    }
}
