using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Validation.Rules;

/// <summary>5.5.1.4 Fragments Must Be Used: every fragment is spread by some operation, directly or through other fragments.</summary>
public sealed class NoUnusedFragmentsRule : RuleVisitor
{
    private NoUnusedFragmentsRule(ValidationContext context) : base(context) { }

    /// <summary>Creates the rule's visitor for one run.</summary>
    public static AstVisitor Create(ValidationContext context) => new NoUnusedFragmentsRule(context);

    private readonly List<OperationDefinitionNode> _operations = [];
    private readonly List<FragmentDefinitionNode> _fragments = [];

    /// <inheritdoc/>
    protected override VisitAction EnterOperationDefinition(OperationDefinitionNode node)
    {
        _operations.Add(node);
        return VisitAction.Skip;
    }

    /// <inheritdoc/>
    protected override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        _fragments.Add(node);
        return VisitAction.Skip;
    }

    /// <inheritdoc/>
    protected override VisitAction LeaveDocument(DocumentNode node)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in _operations)
        {
            foreach (var fragment in Context.GetRecursivelyReferencedFragments(operation)) used.Add(fragment.Name.Value);
        }
        foreach (var fragment in _fragments)
        {
            if (!used.Contains(fragment.Name.Value))
                Context.ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
        }
        return VisitAction.Continue;
    }
}
