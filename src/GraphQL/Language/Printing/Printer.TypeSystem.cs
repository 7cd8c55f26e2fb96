namespace StudyGraph.GraphQL.Language;

public static partial class Printer
{
    private static string PrintTypeSystem(AstNode node) => node switch
    {
        SchemaDefinitionNode n => Desc(n.Description) + JoinParts(" ", "schema", Join(n.Directives, " "), Block(n.OperationTypes)),
        ScalarTypeDefinitionNode n => Desc(n.Description) + JoinParts(" ", "scalar", n.Name.Value, Join(n.Directives, " ")),
        ObjectTypeDefinitionNode n => Desc(n.Description) + JoinParts(" ", "type", n.Name.Value, Implements(n.Interfaces), Join(n.Directives, " "), Block(n.Fields)),
        InterfaceTypeDefinitionNode n => Desc(n.Description) + JoinParts(" ", "interface", n.Name.Value, Implements(n.Interfaces), Join(n.Directives, " "), Block(n.Fields)),
        UnionTypeDefinitionNode n => Desc(n.Description) + JoinParts(" ", "union", n.Name.Value, Join(n.Directives, " "), Wrap("= ", Join(n.Types, " | "))),
        EnumTypeDefinitionNode n => Desc(n.Description) + JoinParts(" ", "enum", n.Name.Value, Join(n.Directives, " "), Block(n.Values)),
        InputObjectTypeDefinitionNode n => Desc(n.Description) + JoinParts(" ", "input", n.Name.Value, Join(n.Directives, " "), Block(n.Fields)),
        DirectiveDefinitionNode n => Desc(n.Description) + "directive @" + n.Name.Value + PrintArgumentDefinitions(n.Arguments)
            + (n.Repeatable ? " repeatable" : "") + " on " + Join(n.Locations, " | "),
        SchemaExtensionNode n => JoinParts(" ", "extend schema", Join(n.Directives, " "), Block(n.OperationTypes)),
        ScalarTypeExtensionNode n => JoinParts(" ", "extend scalar", n.Name.Value, Join(n.Directives, " ")),
        ObjectTypeExtensionNode n => JoinParts(" ", "extend type", n.Name.Value, Implements(n.Interfaces), Join(n.Directives, " "), Block(n.Fields)),
        InterfaceTypeExtensionNode n => JoinParts(" ", "extend interface", n.Name.Value, Implements(n.Interfaces), Join(n.Directives, " "), Block(n.Fields)),
        UnionTypeExtensionNode n => JoinParts(" ", "extend union", n.Name.Value, Join(n.Directives, " "), Wrap("= ", Join(n.Types, " | "))),
        EnumTypeExtensionNode n => JoinParts(" ", "extend enum", n.Name.Value, Join(n.Directives, " "), Block(n.Values)),
        InputObjectTypeExtensionNode n => JoinParts(" ", "extend input", n.Name.Value, Join(n.Directives, " "), Block(n.Fields)),
        _ => throw new ArgumentException("unknown node " + node.Kind, nameof(node)),
    };

    private static string Implements(IReadOnlyList<NamedTypeNode> interfaces) => Wrap("implements ", Join(interfaces, " & "));

    private static string PrintArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> args)
    {
        var printed = new string[args.Count];
        var multiline = false;
        for (var i = 0; i < args.Count; i++)
        {
            printed[i] = Print(args[i]);
            multiline |= printed[i].Contains('\n', StringComparison.Ordinal);
        }
        return multiline
            ? Wrap("(\n", Indent(JoinStrings(printed, "\n")), "\n)")
            : Wrap("(", JoinStrings(printed, ", "), ")");
    }

    private static string Desc(StringValueNode? description) => description is null ? "" : Wrap("", Print(description), "\n");
}
