namespace StudyGraph.GraphQL.Language;

public static partial class Printer
{
    private static void WriteTypeSystem(PrintWriter w, AstNode node)
    {
        switch (node)
        {
            case SchemaDefinitionNode n:
                WriteDescription(w, n.Description);
                w.Write("schema");
                WriteDirectives(w, n.Directives);
                WriteSpacedBlock(w, n.OperationTypes);
                break;
            case OperationTypeDefinitionNode n:
                w.Write(OperationName(n.Operation));
                w.Write(": ");
                w.Write(n.Type.Name.Value);
                break;
            case ScalarTypeDefinitionNode n:
                WriteDescription(w, n.Description);
                WriteHead(w, "scalar", n.Name, n.Directives);
                break;
            case ObjectTypeDefinitionNode n:
                WriteDescription(w, n.Description);
                WriteComposite(w, "type", n.Name, n.Interfaces, n.Directives, n.Fields);
                break;
            case InterfaceTypeDefinitionNode n:
                WriteDescription(w, n.Description);
                WriteComposite(w, "interface", n.Name, n.Interfaces, n.Directives, n.Fields);
                break;
            case FieldDefinitionNode n:
                WriteDescription(w, n.Description);
                w.Write(n.Name.Value);
                WriteArgumentDefinitions(w, n.Arguments);
                w.Write(": ");
                WriteType(w, n.Type);
                WriteDirectives(w, n.Directives);
                break;
            case InputValueDefinitionNode n:
                WriteDescription(w, n.Description);
                w.Write(n.Name.Value);
                w.Write(": ");
                WriteType(w, n.Type);
                if (n.DefaultValue is not null)
                {
                    w.Write(" = ");
                    WriteValue(w, n.DefaultValue);
                }
                WriteDirectives(w, n.Directives);
                break;
            case UnionTypeDefinitionNode n:
                WriteDescription(w, n.Description);
                WriteHead(w, "union", n.Name, n.Directives);
                WriteUnionMembers(w, n.Types);
                break;
            case EnumTypeDefinitionNode n:
                WriteDescription(w, n.Description);
                WriteHead(w, "enum", n.Name, n.Directives);
                WriteSpacedBlock(w, n.Values);
                break;
            case EnumValueDefinitionNode n:
                WriteDescription(w, n.Description);
                w.Write(n.Name.Value);
                WriteDirectives(w, n.Directives);
                break;
            case InputObjectTypeDefinitionNode n:
                WriteDescription(w, n.Description);
                WriteHead(w, "input", n.Name, n.Directives);
                WriteSpacedBlock(w, n.Fields);
                break;
            case DirectiveDefinitionNode n:
                WriteDescription(w, n.Description);
                w.Write("directive @");
                w.Write(n.Name.Value);
                WriteArgumentDefinitions(w, n.Arguments);
                if (n.Repeatable) w.Write(" repeatable");
                w.Write(" on ");
                WriteList(w, n.Locations, " | ");
                break;
            default:
                WriteExtension(w, node);
                break;
        }
    }

    private static void WriteExtension(PrintWriter w, AstNode node)
    {
        switch (node)
        {
            case SchemaExtensionNode n:
                w.Write("extend schema");
                WriteDirectives(w, n.Directives);
                WriteSpacedBlock(w, n.OperationTypes);
                break;
            case ScalarTypeExtensionNode n:
                WriteHead(w, "extend scalar", n.Name, n.Directives);
                break;
            case ObjectTypeExtensionNode n:
                WriteComposite(w, "extend type", n.Name, n.Interfaces, n.Directives, n.Fields);
                break;
            case InterfaceTypeExtensionNode n:
                WriteComposite(w, "extend interface", n.Name, n.Interfaces, n.Directives, n.Fields);
                break;
            case UnionTypeExtensionNode n:
                WriteHead(w, "extend union", n.Name, n.Directives);
                WriteUnionMembers(w, n.Types);
                break;
            case EnumTypeExtensionNode n:
                WriteHead(w, "extend enum", n.Name, n.Directives);
                WriteSpacedBlock(w, n.Values);
                break;
            case InputObjectTypeExtensionNode n:
                WriteHead(w, "extend input", n.Name, n.Directives);
                WriteSpacedBlock(w, n.Fields);
                break;
            default:
                throw new ArgumentException("unknown node " + node.Kind, nameof(node));
        }
    }

    private static void WriteHead(PrintWriter w, string keyword, NameNode name, IReadOnlyList<DirectiveNode> directives)
    {
        w.Write(keyword);
        w.Write(' ');
        w.Write(name.Value);
        WriteDirectives(w, directives);
    }

    private static void WriteComposite(
        PrintWriter w, string keyword, NameNode name, IReadOnlyList<NamedTypeNode> interfaces,
        IReadOnlyList<DirectiveNode> directives, IReadOnlyList<FieldDefinitionNode> fields)
    {
        w.Write(keyword);
        w.Write(' ');
        w.Write(name.Value);
        if (interfaces.Count > 0)
        {
            w.Write(" implements ");
            WriteList(w, interfaces, " & ");
        }
        WriteDirectives(w, directives);
        WriteSpacedBlock(w, fields);
    }

    private static void WriteUnionMembers(PrintWriter w, IReadOnlyList<NamedTypeNode> types)
    {
        if (types.Count == 0) return;
        w.Write(" = ");
        WriteList(w, types, " | ");
    }

    private static void WriteArgumentDefinitions(PrintWriter w, IReadOnlyList<InputValueDefinitionNode> args)
    {
        if (args.Count == 0) return;
        var printed = new string[args.Count];
        var multiline = false;
        for (var i = 0; i < printed.Length; i++)
        {
            printed[i] = Print(args[i]);
            multiline |= printed[i].Contains('\n', StringComparison.Ordinal);
        }
        if (multiline)
        {
            WriteIndentedLines(w, printed, '(', ')');
            return;
        }
        w.Write('(');
        for (var i = 0; i < printed.Length; i++)
        {
            if (i > 0) w.Write(", ");
            w.Write(printed[i]);
        }
        w.Write(')');
    }

    private static void WriteDescription(PrintWriter w, StringValueNode? description)
    {
        if (description is null) return;
        WriteValue(w, description);
        w.Write('\n');
    }
}
