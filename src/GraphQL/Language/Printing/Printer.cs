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
        switch (node)
        {
            case NameNode n: return n.Value;
            case IntValueNode n: return n.Value;
            case FloatValueNode n: return n.Value;
            case EnumValueNode n: return n.Value;
            case BooleanValueNode n: return n.Value ? "true" : "false";
            case NullValueNode: return "null";
            case NamedTypeNode n: return n.Name.Value;
        }
        var w = new PrintWriter();
        Write(w, node);
        return w.ToString();
    }

    /// <summary>The keyword of an operation type: query, mutation or subscription.</summary>
    public static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    private static void Write(PrintWriter w, AstNode node)
    {
        switch (node)
        {
            case NameNode n: w.Write(n.Value); break;
            case DocumentNode n: WriteList(w, n.Definitions, "\n\n"); break;
            case OperationDefinitionNode n: WriteOperation(w, n); break;
            case VariableDefinitionNode n: WriteVariableDefinition(w, n); break;
            case SelectionSetNode n: WriteBlock(w, n.Selections); break;
            case FieldNode n: WriteField(w, n); break;
            case ArgumentNode n: WriteNameValue(w, n.Name, n.Value); break;
            case ObjectFieldNode n: WriteNameValue(w, n.Name, n.Value); break;
            case FragmentSpreadNode n:
                w.Write("...");
                w.Write(n.Name.Value);
                WriteDirectives(w, n.Directives);
                break;
            case InlineFragmentNode n: WriteInlineFragment(w, n); break;
            case FragmentDefinitionNode n: WriteFragmentDefinition(w, n); break;
            case ValueNode n: WriteValue(w, n); break;
            case DirectiveNode n: WriteDirective(w, n); break;
            case TypeNode n: WriteType(w, n); break;
            default: WriteTypeSystem(w, node); break;
        }
    }

    private static void WriteNameValue(PrintWriter w, NameNode name, ValueNode value)
    {
        w.Write(name.Value);
        w.Write(": ");
        WriteValue(w, value);
    }

    private static void WriteType(PrintWriter w, TypeNode type)
    {
        switch (type)
        {
            case NamedTypeNode t:
                w.Write(t.Name.Value);
                break;
            case ListTypeNode t:
                w.Write('[');
                WriteType(w, t.Type);
                w.Write(']');
                break;
            case NonNullTypeNode t:
                WriteType(w, t.Type);
                w.Write('!');
                break;
            default:
                throw new ArgumentException("unknown type node " + type.Kind, nameof(type));
        }
    }

    private static void WriteValue(PrintWriter w, ValueNode value)
    {
        switch (value)
        {
            case VariableNode v:
                w.Write('$');
                w.Write(v.Name.Value);
                break;
            case IntValueNode v: w.Write(v.Value); break;
            case FloatValueNode v: w.Write(v.Value); break;
            case StringValueNode v: w.Write(v.Block ? PrintBlockString(v.Value) : PrintString(v.Value)); break;
            case BooleanValueNode v: w.Write(v.Value ? "true" : "false"); break;
            case NullValueNode: w.Write("null"); break;
            case EnumValueNode v: w.Write(v.Value); break;
            case ListValueNode v:
                w.Write('[');
                WriteList(w, v.Values, ", ");
                w.Write(']');
                break;
            case ObjectValueNode v:
                w.Write('{');
                WriteList(w, v.Fields, ", ");
                w.Write('}');
                break;
            default:
                throw new ArgumentException("unknown value node " + value.Kind, nameof(value));
        }
    }

    private static void WriteDirective(PrintWriter w, DirectiveNode d)
    {
        w.Write('@');
        w.Write(d.Name.Value);
        if (d.Arguments.Count == 0) return;
        w.Write('(');
        WriteList(w, d.Arguments, ", ");
        w.Write(')');
    }
}
