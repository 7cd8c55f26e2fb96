using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Validation.Rules;

/// <summary>5.8.4 All Variables Used: every variable an operation defines is used by it or its fragments.</summary>
public sealed class NoUnusedVariablesRule : RuleVisitor
{
    private readonly List<VariableDefinitionNode> _definitions = [];

    private NoUnusedVariablesRule(ValidationContext context) : base(context) { }

    /// <summary>Creates the rule's visitor for one run.</summary>
    public static AstVisitor Create(ValidationContext context) => new NoUnusedVariablesRule(context);

    /// <inheritdoc/>
    protected override VisitAction EnterOperationDefinition(OperationDefinitionNode node)
    {
        _definitions.Clear();
        return VisitAction.Continue;
    }

    /// <inheritdoc/>
    protected override VisitAction EnterVariableDefinition(VariableDefinitionNode node)
    {
        _definitions.Add(node);
        return VisitAction.Continue;
    }

    /// <inheritdoc/>
    protected override VisitAction LeaveOperationDefinition(OperationDefinitionNode node)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var usage in Context.GetRecursiveVariableUsages(node)) used.Add(usage.Node.Name.Value);
        foreach (var definition in _definitions)
        {
            var name = definition.Variable.Name.Value;
            if (used.Contains(name)) continue;
            Context.ReportError(node.Name is { } op
                ? $"Variable \"${name}\" is never used in operation \"{op.Value}\"."
                : $"Variable \"${name}\" is never used.", definition);
        }
        return VisitAction.Continue;
    }
}
