using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Validation.Rules;

/// <summary>5.4.2 Argument Uniqueness: a field or directive receives each argument once.</summary>
public sealed class UniqueArgumentNamesRule : RuleVisitor
{
    private UniqueArgumentNamesRule(ValidationContext context) : base(context) { }

    /// <summary>Creates the rule's visitor for one run.</summary>
    public static AstVisitor Create(ValidationContext context) => new UniqueArgumentNamesRule(context);

    /// <inheritdoc/>
    protected override VisitAction EnterField(FieldNode node)
    {
        Check(node.Arguments);
        return VisitAction.Continue;
    }

    /// <inheritdoc/>
    protected override VisitAction EnterDirective(DirectiveNode node, IReadOnlyList<AstNode> ancestors)
    {
        Check(node.Arguments);
        return VisitAction.Continue;
    }

    private void Check(IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count < 2) return;
        foreach (var (name, nodes) in RuleHelpers.GroupByName(arguments, a => a.Name))
        {
            if (nodes.Count > 1) Context.ReportError($"There can be only one argument named \"{name}\".", nodes);
        }
    }
}
