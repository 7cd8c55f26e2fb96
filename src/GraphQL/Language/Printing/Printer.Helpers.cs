namespace StudyGraph.GraphQL.Language;

public static partial class Printer
{
    private static void WriteList<T>(PrintWriter w, IReadOnlyList<T> nodes, string separator)
        where T : AstNode
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (i > 0) w.Write(separator);
            Write(w, nodes[i]);
        }
    }

    /// <summary>" @a @b" (nothing when there are no directives).</summary>
    private static void WriteDirectives(PrintWriter w, IReadOnlyList<DirectiveNode> directives)
    {
        for (var i = 0; i < directives.Count; i++)
        {
            w.Write(' ');
            WriteDirective(w, directives[i]);
        }
    }

    /// <summary>"{", each item on its own indented line, "}" (nothing for no items).</summary>
    private static void WriteBlock<T>(PrintWriter w, IReadOnlyList<T> nodes)
        where T : AstNode
    {
        if (nodes.Count == 0) return;
        w.Write('{');
        w.Indent();
        for (var i = 0; i < nodes.Count; i++)
        {
            w.Write('\n');
            Write(w, nodes[i]);
        }
        w.Dedent();
        w.Write("\n}");
    }

    /// <summary>A block preceded by a space (nothing for no items).</summary>
    private static void WriteSpacedBlock<T>(PrintWriter w, IReadOnlyList<T> nodes)
        where T : AstNode
    {
        if (nodes.Count == 0) return;
        w.Write(' ');
        WriteBlock(w, nodes);
    }

    private static void WriteIndentedLines(PrintWriter w, string[] lines, char open, char close)
    {
        w.Write(open);
        w.Indent();
        foreach (var line in lines)
        {
            w.Write('\n');
            w.Write(line);
        }
        w.Dedent();
        w.Write('\n');
        w.Write(close);
    }
}
