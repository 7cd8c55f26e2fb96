using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Validation.Rules;

/// <summary>5.7.3 Directives Are Unique Per Location: a non-repeatable directive appears at most once where it is used.</summary>
public sealed class UniqueDirectivesPerLocationRule : RuleVisitor
{
    private readonly Dictionary<string, bool> _unique;
    private readonly Dictionary<string, DirectiveNode> _schemaDirectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeDirectives = new(StringComparer.Ordinal);

    private UniqueDirectivesPerLocationRule(ValidationContext context) : base(context) => _unique = DirectiveTables.Unique(context);

    /// <summary>Creates the rule's visitor for one run.</summary>
    public static AstVisitor Create(ValidationContext context) => new UniqueDirectivesPerLocationRule(context);

    /// <inheritdoc/>
    public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        if (node is not IHasDirectives { Directives.Count: > 0 } holder) return VisitAction.Continue;
        Dictionary<string, DirectiveNode> seen;
        switch (node)
        {
            case SchemaDefinitionNode or SchemaExtensionNode:
                seen = _schemaDirectives;
                break;
            case TypeDefinitionNode or TypeExtensionNode:
                {
                    var typeName = node is TypeDefinitionNode d ? d.Name.Value : ((TypeExtensionNode)node).Name.Value;
                    if (!_typeDirectives.TryGetValue(typeName, out seen!))
                    {
                        seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
                        _typeDirectives[typeName] = seen;
                    }
                    break;
                }
            default:
                seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
                break;
        }
        foreach (var directive in holder.Directives)
        {
            var name = directive.Name.Value;
            if (!_unique.TryGetValue(name, out var unique) || !unique) continue;
            if (seen.TryGetValue(name, out var first))
                Context.ReportError($"The directive \"@{name}\" can only be used once at this location.", first, directive);
            else
                seen[name] = directive;
        }
        return VisitAction.Continue;
    }
}
