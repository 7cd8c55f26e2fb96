using System.Text;

namespace StudyGraph.GraphQL.Language;

/// <summary>The spec's BlockStringValue() algorithm (section 2.9.4): strips common indentation and blank edge lines.</summary>
public static class BlockStrings
{
    /// <summary>Dedents the raw lines of a block string and joins them with U+000A.</summary>
    public static string Dedent(IReadOnlyList<string> lines) => Dedent(string.Join('\n', lines).AsSpan());

    /// <summary>
    /// BlockStringValue(raw): <paramref name="raw"/> is the text between the quotes with <c>\"""</c> already
    /// unescaped; lines end at \r\n, \n or \r. The result joins the kept lines with U+000A.
    /// </summary>
    public static string Dedent(ReadOnlySpan<char> raw)
    {
        var commonIndent = int.MaxValue;
        var firstNonEmpty = -1;
        var lastNonEmpty = -1;
        var index = 0;
        for (var rest = raw; ; index++)
        {
            var line = NextLine(ref rest, out var more);
            var indent = LeadingWhitespace(line);
            if (indent < line.Length)
            {
                if (firstNonEmpty < 0) firstNonEmpty = index;
                lastNonEmpty = index;
                if (index != 0 && indent < commonIndent) commonIndent = indent;
            }
            if (!more) break;
        }
        if (firstNonEmpty < 0) return "";
        var sb = new StringBuilder(raw.Length);
        index = 0;
        for (var rest = raw; index <= lastNonEmpty; index++)
        {
            var line = NextLine(ref rest, out _);
            if (index < firstNonEmpty) continue;
            if (index != firstNonEmpty) sb.Append('\n');
            if (index == 0) sb.Append(line);
            else if (line.Length > commonIndent) sb.Append(line[commonIndent..]);
        }
        return sb.ToString();
    }

    private static ReadOnlySpan<char> NextLine(ref ReadOnlySpan<char> rest, out bool more)
    {
        var end = rest.IndexOfAny('\n', '\r');
        if (end < 0)
        {
            var last = rest;
            rest = default;
            more = false;
            return last;
        }
        var line = rest[..end];
        var skip = rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1;
        rest = rest[(end + skip)..];
        more = true;
        return line;
    }

    private static int LeadingWhitespace(ReadOnlySpan<char> s)
    {
        var i = 0;
        while (i < s.Length && CharClasses.IsWhiteSpace(s[i])) i++;
        return i;
    }
}
