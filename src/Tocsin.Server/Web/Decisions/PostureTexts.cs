namespace Tocsin.Server.Web.Decisions;

/// <summary>The texts of the room's posture pages: <c>PostureTexts.resx</c> (English) and <c>PostureTexts.fr.resx</c>
/// (French), read through <c>IStringLocalizer&lt;PostureTexts&gt;</c>.</summary>
public sealed class PostureTexts
{
    private PostureTexts()
    {
    }
}
