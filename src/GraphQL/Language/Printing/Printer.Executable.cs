namespace StudyGraph.GraphQL.Language;

public static partial class Printer
{
    private static void WriteOperation(PrintWriter w, OperationDefinitionNode n)
    {
        // Anonymous queries with no directives or variable definitions use the query shorthand.
        var shorthand = n.Operation == OperationType.Query && n.Name is null && n.VariableDefinitions.Count == 0 && n.Directives.Count == 0;
        if (!shorthand)
        {
            w.Write(OperationName(n.Operation));
            if (n.Name is not null || n.VariableDefinitions.Count > 0) w.Write(' ');
            if (n.Name is not null) w.Write(n.Name.Value);
            if (n.VariableDefinitions.Count > 0)
            {
                w.Write('(');
                WriteList(w, n.VariableDefinitions, ", ");
                w.Write(')');
            }
            WriteDirectives(w, n.Directives);
            w.Write(' ');
        }
        WriteBlock(w, n.SelectionSet.Selections);
    }

    private static void WriteVariableDefinition(PrintWriter w, VariableDefinitionNode n)
    {
        w.Write('$');
        w.Write(n.Variable.Name.Value);
        w.Write(": ");
        WriteType(w, n.Type);
        if (n.DefaultValue is not null)
        {
            w.Write(" = ");
            WriteValue(w, n.DefaultValue);
        }
        WriteDirectives(w, n.Directives);
    }

    private static void WriteField(PrintWriter w, FieldNode n)
    {
        var start = w.Length;
        if (n.Alias is not null)
        {
            w.Write(n.Alias.Value);
            w.Write(": ");
        }
        w.Write(n.Name.Value);
        if (n.Arguments.Count > 0)
        {
            // graphql-js measures the unindented "prefix(args)" line; print the arguments flat to measure them.
            var args = new string[n.Arguments.Count];
            var length = w.Length - start + 2 + (2 * (args.Length - 1));
            for (var i = 0; i < args.Length; i++)
            {
                args[i] = Print(n.Arguments[i]);
                length += args[i].Length;
            }
            if (length > MaxLineLength)
            {
                WriteIndentedLines(w, args, '(', ')');
            }
            else
            {
                w.Write('(');
                for (var i = 0; i < args.Length; i++)
                {
                    if (i > 0) w.Write(", ");
                    w.Write(args[i]);
                }
                w.Write(')');
            }
        }
        WriteDirectives(w, n.Directives);
        if (n.SelectionSet is { Selections.Count: > 0 })
        {
            w.Write(' ');
            WriteBlock(w, n.SelectionSet.Selections);
        }
    }

    private static void WriteInlineFragment(PrintWriter w, InlineFragmentNode n)
    {
        w.Write("...");
        if (n.TypeCondition is not null)
        {
            w.Write(" on ");
            w.Write(n.TypeCondition.Name.Value);
        }
        WriteDirectives(w, n.Directives);
        if (n.SelectionSet.Selections.Count > 0)
        {
            w.Write(' ');
            WriteBlock(w, n.SelectionSet.Selections);
        }
    }

    private static void WriteFragmentDefinition(PrintWriter w, FragmentDefinitionNode n)
    {
        w.Write("fragment ");
        w.Write(n.Name.Value);
        w.Write(" on ");
        w.Write(n.TypeCondition.Name.Value);
        w.Write(' ');
        if (n.Directives.Count > 0)
        {
            WriteList(w, n.Directives, " ");
            w.Write(' ');
        }
        WriteBlock(w, n.SelectionSet.Selections);
    }
}
