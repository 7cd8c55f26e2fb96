namespace StudyGraph.GraphQL.Language;

/// <summary>
/// Prints any AST as canonical GraphQL text, identical to graphql-js's <c>print</c>: two-space indentation,
/// one selection or field per line, arguments wrapped when a field's line would exceed 80 characters.
/// </summary>
public static partial class Printer
{
    private const int MaxLineLength = 80;

    /// <summary>Prints <paramref name="node"/> (any node kind) as GraphQL text.</summary>
    public static string Print(AstNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node switch
        {
            NameNode n => n.Value,
            DocumentNode n => Join(n.Definitions, "\n\n"),
            OperationDefinitionNode n => PrintOperation(n),
            VariableDefinitionNode n => Print(n.Variable) + ": " + Print(n.Type) + Wrap(" = ", Opt(n.DefaultValue)) + Wrap(" ", Join(n.Directives, " ")),
            SelectionSetNode n => Block(n.Selections),
            FieldNode n => PrintField(n),
            ArgumentNode n => n.Name.Value + ": " + Print(n.Value),
            FragmentSpreadNode n => "..." + n.Name.Value + Wrap(" ", Join(n.Directives, " ")),
            InlineFragmentNode n => JoinParts(" ", "...", Wrap("on ", Opt(n.TypeCondition)), Join(n.Directives, " "), Print(n.SelectionSet)),
            FragmentDefinitionNode n => "fragment " + n.Name.Value + " on " + Print(n.TypeCondition) + " " + Wrap("", Join(n.Directives, " "), " ") + Print(n.SelectionSet),
            ValueNode n => PrintValue(n),
            DirectiveNode n => "@" + n.Name.Value + Wrap("(", Join(n.Arguments, ", "), ")"),
            TypeNode n => PrintType(n),
            ObjectFieldNode n => n.Name.Value + ": " + Print(n.Value),
            OperationTypeDefinitionNode n => OperationName(n.Operation) + ": " + Print(n.Type),
            FieldDefinitionNode n => Desc(n.Description) + n.Name.Value + PrintArgumentDefinitions(n.Arguments) + ": " + Print(n.Type) + Wrap(" ", Join(n.Directives, " ")),
            InputValueDefinitionNode n => Desc(n.Description) + JoinParts(" ", n.Name.Value + ": " + Print(n.Type), Wrap("= ", Opt(n.DefaultValue)), Join(n.Directives, " ")),
            EnumValueDefinitionNode n => Desc(n.Description) + JoinParts(" ", n.Name.Value, Join(n.Directives, " ")),
            _ => PrintTypeSystem(node),
        };
    }

    /// <summary>The keyword of an operation type: query, mutation or subscription.</summary>
    public static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    private static string PrintOperation(OperationDefinitionNode n)
    {
        var varDefs = Wrap("(", Join(n.VariableDefinitions, ", "), ")");
        var prefix = JoinParts(" ", OperationName(n.Operation), JoinParts("", Opt(n.Name), varDefs), Join(n.Directives, " "));
        // Anonymous queries with no directives or variable definitions use the query shorthand.
        return (prefix == "query" ? "" : prefix + " ") + Print(n.SelectionSet);
    }

    private static string PrintField(FieldNode n)
    {
        var prefix = Wrap("", Opt(n.Alias), ": ") + n.Name.Value;
        var argsLine = prefix + Wrap("(", Join(n.Arguments, ", "), ")");
        if (argsLine.Length > MaxLineLength)
        {
            argsLine = prefix + Wrap("(\n", Indent(Join(n.Arguments, "\n")), "\n)");
        }
        return JoinParts(" ", argsLine, Join(n.Directives, " "), Opt(n.SelectionSet));
    }

    private static string PrintType(TypeNode n) => n switch
    {
        NamedTypeNode t => t.Name.Value,
        ListTypeNode t => "[" + PrintType(t.Type) + "]",
        NonNullTypeNode t => PrintType(t.Type) + "!",
        _ => throw new ArgumentException("unknown type node " + n.Kind, nameof(n)),
    };

    private static string PrintValue(ValueNode n) => n switch
    {
        VariableNode v => "$" + v.Name.Value,
        IntValueNode v => v.Value,
        FloatValueNode v => v.Value,
        StringValueNode v => v.Block ? PrintBlockString(v.Value) : PrintString(v.Value),
        BooleanValueNode v => v.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode v => v.Value,
        ListValueNode v => "[" + Join(v.Values, ", ") + "]",
        ObjectValueNode v => "{" + Join(v.Fields, ", ") + "}",
        _ => throw new ArgumentException("unknown value node " + n.Kind, nameof(n)),
    };
}
