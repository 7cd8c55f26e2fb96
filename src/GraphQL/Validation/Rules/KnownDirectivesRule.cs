using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Validation.Rules;

/// <summary>5.7.1 Directives Are Defined, 5.7.2 Directives Are In Valid Locations: each directive exists and is allowed where it is used.</summary>
public sealed class KnownDirectivesRule : RuleVisitor
{
    private readonly Dictionary<string, IReadOnlyList<string>> _locations;

    private KnownDirectivesRule(ValidationContext context) : base(context) => _locations = DirectiveTables.Locations(context);

    /// <summary>Creates the rule's visitor for one run.</summary>
    public static AstVisitor Create(ValidationContext context) => new KnownDirectivesRule(context);

    /// <inheritdoc/>
    protected override VisitAction EnterDirective(DirectiveNode node, IReadOnlyList<AstNode> ancestors)
    {
        var name = node.Name.Value;
        if (!_locations.TryGetValue(name, out var locations))
        {
            Context.ReportError($"Unknown directive \"@{name}\".", node);
            return VisitAction.Continue;
        }
        var candidate = LocationOf(ancestors);
        if (candidate is not null && !Contains(locations, candidate))
            Context.ReportError($"Directive \"@{name}\" may not be used on {candidate}.", node);
        return VisitAction.Continue;
    }

    private static bool Contains(IReadOnlyList<string> list, string value)
    {
        foreach (var item in list)
        {
            if (item == value) return true;
        }
        return false;
    }

    private static string? LocationOf(IReadOnlyList<AstNode> ancestors)
    {
        if (ancestors.Count == 0) return null;
        var appliedTo = ancestors[^1];
        return appliedTo switch
        {
            OperationDefinitionNode op => op.Operation switch
            {
                OperationType.Query => "QUERY",
                OperationType.Mutation => "MUTATION",
                _ => "SUBSCRIPTION",
            },
            FieldNode => "FIELD",
            FragmentSpreadNode => "FRAGMENT_SPREAD",
            InlineFragmentNode => "INLINE_FRAGMENT",
            FragmentDefinitionNode => "FRAGMENT_DEFINITION",
            VariableDefinitionNode => "VARIABLE_DEFINITION",
            SchemaDefinitionNode or SchemaExtensionNode => "SCHEMA",
            ScalarTypeDefinitionNode or ScalarTypeExtensionNode => "SCALAR",
            ObjectTypeDefinitionNode or ObjectTypeExtensionNode => "OBJECT",
            FieldDefinitionNode => "FIELD_DEFINITION",
            InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => "INTERFACE",
            UnionTypeDefinitionNode or UnionTypeExtensionNode => "UNION",
            EnumTypeDefinitionNode or EnumTypeExtensionNode => "ENUM",
            EnumValueDefinitionNode => "ENUM_VALUE",
            InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => "INPUT_OBJECT",
            InputValueDefinitionNode => ancestors.Count >= 2 && ancestors[^2] is InputObjectTypeDefinitionNode
                ? "INPUT_FIELD_DEFINITION" : "ARGUMENT_DEFINITION",
            _ => null,
        };
    }
}
