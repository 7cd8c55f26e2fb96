using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Validation.Rules;

/// <summary>5.8.1 Variable Uniqueness: each variable of an operation has a unique name.</summary>
public sealed class UniqueVariableNamesRule : RuleVisitor
{
    private UniqueVariableNamesRule(ValidationContext context) : base(context) { }

    /// <summary>Creates the rule's visitor for one run.</summary>
    public static AstVisitor Create(ValidationContext context) => new UniqueVariableNamesRule(context);

    /// <inheritdoc/>
    protected override VisitAction EnterOperationDefinition(OperationDefinitionNode node)
    {
        var definitions = node.VariableDefinitions;
        if (definitions.Count < 2) return VisitAction.Continue;
        foreach (var (name, nodes) in RuleHelpers.GroupByName(definitions, d => d.Variable.Name))
        {
            if (nodes.Count > 1) Context.ReportError($"There can be only one variable named \"${name}\".", nodes);
        }
        return VisitAction.Continue;
    }
}
