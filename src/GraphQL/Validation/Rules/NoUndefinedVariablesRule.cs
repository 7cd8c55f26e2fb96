using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Validation.Rules;

/// <summary>5.8.3 All Variable Uses Defined: every variable an operation uses (also through fragments) is defined by it.</summary>
public sealed class NoUndefinedVariablesRule : RuleVisitor
{
    private readonly HashSet<string> _defined = new(StringComparer.Ordinal);

    private NoUndefinedVariablesRule(ValidationContext context) : base(context) { }

    /// <summary>Creates the rule's visitor for one run.</summary>
    public static AstVisitor Create(ValidationContext context) => new NoUndefinedVariablesRule(context);

    /// <inheritdoc/>
    protected override VisitAction EnterOperationDefinition(OperationDefinitionNode node)
    {
        _defined.Clear();
        return VisitAction.Continue;
    }

    /// <inheritdoc/>
    protected override VisitAction EnterVariableDefinition(VariableDefinitionNode node)
    {
        _defined.Add(node.Variable.Name.Value);
        return VisitAction.Continue;
    }

    /// <inheritdoc/>
    protected override VisitAction LeaveOperationDefinition(OperationDefinitionNode node)
    {
        foreach (var usage in Context.GetRecursiveVariableUsages(node))
        {
            var name = usage.Node.Name.Value;
            if (_defined.Contains(name)) continue;
            Context.ReportError(node.Name is { } op
                ? $"Variable \"${name}\" is not defined by operation \"{op.Value}\"."
                : $"Variable \"${name}\" is not defined.", usage.Node, node);
        }
        return VisitAction.Continue;
    }
}
