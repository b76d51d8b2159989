using System.Xml;

namespace Tocsin.Core.Cap;

/// <summary>What XML 1.0 can carry (§2.2 Char): every CAP and Atom text, and every decision text that becomes one,
/// is checked by this one rule.</summary>
internal static class XmlText
{
    /// <summary>The index of the first UTF-16 unit XML 1.0 cannot carry (a control character, U+FFFE/U+FFFF or a
    /// lone or reversed surrogate), or -1 when the whole text is fine.</summary>
    public static int FirstInvalid(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (XmlConvert.IsXmlChar(value[i]))
            {
                continue;
            }

            if (i + 1 < value.Length && XmlConvert.IsXmlSurrogatePair(value[i + 1], value[i]))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }
}
