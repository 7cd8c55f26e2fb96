using System.Globalization;
using System.Text;

namespace StudyGraph.GraphQL.Language;

/// <summary>Builds syntax errors: "Syntax Error: ..." located at a character offset of the source.</summary>
internal static class SyntaxErrors
{
    /// <summary>An exception for <paramref name="description"/> at <paramref name="position"/>.</summary>
    public static GraphQLSyntaxException At(string source, int position, string description)
    {
        var location = LocationOf(source, position);
        return new GraphQLSyntaxException(new GraphQLError("Syntax Error: " + description, [location]));
    }

    /// <summary>The 1-based line and column of an offset; \r\n, \n and \r each end a line (graphql-js getLocation).</summary>
    public static SourceLocation LocationOf(string source, int position)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < source.Length && i < position; i++)
        {
            var c = source[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (c == '\r')
            {
                if (i + 1 < source.Length && source[i + 1] == '\n') i++;
                line++;
                lineStart = i + 1;
            }
        }
        return new SourceLocation(line, position + 1 - lineStart);
    }

    /// <summary>The character at <paramref name="position"/> for messages: printable ASCII quoted, others as U+XXXX, or &lt;EOF&gt;.</summary>
    public static string PrintCodePointAt(string source, int position)
    {
        if (position >= source.Length) return "<EOF>";
        int code = source[position];
        if (char.IsHighSurrogate((char)code) && position + 1 < source.Length && char.IsLowSurrogate(source[position + 1]))
        {
            code = char.ConvertToUtf32((char)code, source[position + 1]);
        }
        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : "\"" + (char)code + "\"";
        }
        return "U+" + code.ToString("X4", CultureInfo.InvariantCulture);
    }

    /// <summary>A token for messages: its kind description plus its value in quotes when it has one.</summary>
    public static string DescribeToken(TokenKind kind, string? value)
    {
        var sb = new StringBuilder(TokenKinds.Describe(kind));
        if (value is not null) sb.Append(" \"").Append(value).Append('"');
        return sb.ToString();
    }
}
