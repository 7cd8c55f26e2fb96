using System.Text;

namespace StudyGraph.GraphQL.Language;

/// <summary>
/// Text sink for <see cref="Printer"/>: every line feed written inside a block is followed by two spaces per
/// level, exactly as graphql-js indents whole nested strings (block strings and descriptions included).
/// </summary>
internal sealed class PrintWriter
{
    private readonly StringBuilder _sb = new();
    private int _indent;

    public int Length => _sb.Length;

    public void Indent() => _indent++;

    public void Dedent() => _indent--;

    public void Write(char c)
    {
        _sb.Append(c);
        if (c == '\n' && _indent > 0) _sb.Append(' ', 2 * _indent);
    }

    public void Write(string s)
    {
        if (_indent == 0 || s.IndexOf('\n', StringComparison.Ordinal) < 0)
        {
            _sb.Append(s);
            return;
        }
        foreach (var c in s) Write(c);
    }

    public override string ToString() => _sb.ToString();
}
