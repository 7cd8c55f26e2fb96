using System.Globalization;
using System.Text;

namespace StudyGraph.GraphQL.Tests.Language.Support;

/// <summary>
/// Writes a JSON array of strings escaping every non-ASCII UTF-16 unit, so lone surrogates reach Node intact
/// (System.Text.Json would replace them with U+FFFD).
/// </summary>
internal static class JsonStrings
{
    public static string Array(IReadOnlyList<string> items)
    {
        var sb = new StringBuilder();
        sb.Append('[');
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0) sb.Append(',');
            Append(sb, items[i]);
        }
        return sb.Append(']').ToString();
    }

    public static string Quote(string s)
    {
        var sb = new StringBuilder();
        Append(sb, s);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            if (c == '"') sb.Append("\\\"");
            else if (c == '\\') sb.Append("\\\\");
            else if (c < 0x20 || c > 0x7E) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        sb.Append('"');
    }
}
