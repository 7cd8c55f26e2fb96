using System.Text;

namespace StudyGraph.GraphQL.Language;

/// <summary>The spec's BlockStringValue() algorithm (section 2.9.4): strips common indentation and blank edge lines.</summary>
public static class BlockStrings
{
    /// <summary>Dedents the raw lines of a block string and joins them with U+000A.</summary>
    public static string Dedent(IReadOnlyList<string> lines)
    {
        var commonIndent = int.MaxValue;
        var firstNonEmpty = -1;
        var lastNonEmpty = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var indent = LeadingWhitespace(line);
            if (indent == line.Length) continue; // blank line
            if (firstNonEmpty < 0) firstNonEmpty = i;
            lastNonEmpty = i;
            if (i != 0 && indent < commonIndent) commonIndent = indent;
        }
        if (firstNonEmpty < 0) return "";
        var sb = new StringBuilder();
        for (var i = firstNonEmpty; i <= lastNonEmpty; i++)
        {
            if (i != firstNonEmpty) sb.Append('\n');
            var line = lines[i];
            if (i == 0) sb.Append(line);
            else if (line.Length > commonIndent) sb.Append(line, commonIndent, line.Length - commonIndent);
        }
        return sb.ToString();
    }

    private static int LeadingWhitespace(string s)
    {
        var i = 0;
        while (i < s.Length && CharClasses.IsWhiteSpace(s[i])) i++;
        return i;
    }
}
