namespace StudyGraph.GraphQL.Language;

public static partial class AstWalker
{
    private static bool VisitChildren(AstNode node, AstVisitor v, List<AstNode> a) => node switch
    {
        DocumentNode n => VisitAll(n.Definitions, v, a),
        OperationDefinitionNode n => Visit(n.Name, v, a) && VisitAll(n.VariableDefinitions, v, a) && VisitAll(n.Directives, v, a) && Visit(n.SelectionSet, v, a),
        VariableDefinitionNode n => Visit(n.Variable, v, a) && Visit(n.Type, v, a) && Visit(n.DefaultValue, v, a) && VisitAll(n.Directives, v, a),
        VariableNode n => Visit(n.Name, v, a),
        SelectionSetNode n => VisitAll(n.Selections, v, a),
        FieldNode n => Visit(n.Alias, v, a) && Visit(n.Name, v, a) && VisitAll(n.Arguments, v, a) && VisitAll(n.Directives, v, a) && Visit(n.SelectionSet, v, a),
        ArgumentNode n => Visit(n.Name, v, a) && Visit(n.Value, v, a),
        FragmentSpreadNode n => Visit(n.Name, v, a) && VisitAll(n.Directives, v, a),
        InlineFragmentNode n => Visit(n.TypeCondition, v, a) && VisitAll(n.Directives, v, a) && Visit(n.SelectionSet, v, a),
        FragmentDefinitionNode n => Visit(n.Name, v, a) && Visit(n.TypeCondition, v, a) && VisitAll(n.Directives, v, a) && Visit(n.SelectionSet, v, a),
        ListValueNode n => VisitAll(n.Values, v, a),
        ObjectValueNode n => VisitAll(n.Fields, v, a),
        ObjectFieldNode n => Visit(n.Name, v, a) && Visit(n.Value, v, a),
        DirectiveNode n => Visit(n.Name, v, a) && VisitAll(n.Arguments, v, a),
        NamedTypeNode n => Visit(n.Name, v, a),
        ListTypeNode n => Visit(n.Type, v, a),
        NonNullTypeNode n => Visit(n.Type, v, a),
        _ => VisitTypeSystemChildren(node, v, a),
    };

    private static bool VisitTypeSystemChildren(AstNode node, AstVisitor v, List<AstNode> a) => node switch
    {
        SchemaDefinitionNode n => Visit(n.Description, v, a) && VisitAll(n.Directives, v, a) && VisitAll(n.OperationTypes, v, a),
        OperationTypeDefinitionNode n => Visit(n.Type, v, a),
        ScalarTypeDefinitionNode n => Visit(n.Description, v, a) && Visit(n.Name, v, a) && VisitAll(n.Directives, v, a),
        ObjectTypeDefinitionNode n => Visit(n.Description, v, a) && Visit(n.Name, v, a) && VisitAll(n.Interfaces, v, a) && VisitAll(n.Directives, v, a) && VisitAll(n.Fields, v, a),
        FieldDefinitionNode n => Visit(n.Description, v, a) && Visit(n.Name, v, a) && VisitAll(n.Arguments, v, a) && Visit(n.Type, v, a) && VisitAll(n.Directives, v, a),
        InputValueDefinitionNode n => Visit(n.Description, v, a) && Visit(n.Name, v, a) && Visit(n.Type, v, a) && Visit(n.DefaultValue, v, a) && VisitAll(n.Directives, v, a),
        InterfaceTypeDefinitionNode n => Visit(n.Description, v, a) && Visit(n.Name, v, a) && VisitAll(n.Interfaces, v, a) && VisitAll(n.Directives, v, a) && VisitAll(n.Fields, v, a),
        UnionTypeDefinitionNode n => Visit(n.Description, v, a) && Visit(n.Name, v, a) && VisitAll(n.Directives, v, a) && VisitAll(n.Types, v, a),
        EnumTypeDefinitionNode n => Visit(n.Description, v, a) && Visit(n.Name, v, a) && VisitAll(n.Directives, v, a) && VisitAll(n.Values, v, a),
        EnumValueDefinitionNode n => Visit(n.Description, v, a) && Visit(n.Name, v, a) && VisitAll(n.Directives, v, a),
        InputObjectTypeDefinitionNode n => Visit(n.Description, v, a) && Visit(n.Name, v, a) && VisitAll(n.Directives, v, a) && VisitAll(n.Fields, v, a),
        DirectiveDefinitionNode n => Visit(n.Description, v, a) && Visit(n.Name, v, a) && VisitAll(n.Arguments, v, a) && VisitAll(n.Locations, v, a),
        SchemaExtensionNode n => VisitAll(n.Directives, v, a) && VisitAll(n.OperationTypes, v, a),
        ScalarTypeExtensionNode n => Visit(n.Name, v, a) && VisitAll(n.Directives, v, a),
        ObjectTypeExtensionNode n => Visit(n.Name, v, a) && VisitAll(n.Interfaces, v, a) && VisitAll(n.Directives, v, a) && VisitAll(n.Fields, v, a),
        InterfaceTypeExtensionNode n => Visit(n.Name, v, a) && VisitAll(n.Interfaces, v, a) && VisitAll(n.Directives, v, a) && VisitAll(n.Fields, v, a),
        UnionTypeExtensionNode n => Visit(n.Name, v, a) && VisitAll(n.Directives, v, a) && VisitAll(n.Types, v, a),
        EnumTypeExtensionNode n => Visit(n.Name, v, a) && VisitAll(n.Directives, v, a) && VisitAll(n.Values, v, a),
        InputObjectTypeExtensionNode n => Visit(n.Name, v, a) && VisitAll(n.Directives, v, a) && VisitAll(n.Fields, v, a),
        _ => true,
    };
}
