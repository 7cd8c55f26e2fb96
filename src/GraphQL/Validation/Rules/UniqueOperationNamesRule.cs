using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Validation.Rules;

/// <summary>5.2.1.1 Operation Name Uniqueness: each named operation has a unique name.</summary>
public sealed class UniqueOperationNamesRule : RuleVisitor
{
    private UniqueOperationNamesRule(ValidationContext context) : base(context) { }

    /// <summary>Creates the rule's visitor for one run.</summary>
    public static AstVisitor Create(ValidationContext context) => new UniqueOperationNamesRule(context);

    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    protected override VisitAction EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (node.Name is { } name)
        {
            if (_known.TryGetValue(name.Value, out var first))
                Context.ReportError($"There can be only one operation named \"{name.Value}\".", first, name);
            else
                _known[name.Value] = name;
        }
        return VisitAction.Skip;
    }

    /// <inheritdoc/>
    protected override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node) => VisitAction.Skip;
}
