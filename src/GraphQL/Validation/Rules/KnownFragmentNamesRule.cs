using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Validation.Rules;

/// <summary>5.5.2.1 Fragment Spread Target Defined: every spread names a fragment of the document.</summary>
public sealed class KnownFragmentNamesRule : RuleVisitor
{
    private KnownFragmentNamesRule(ValidationContext context) : base(context) { }

    /// <summary>Creates the rule's visitor for one run.</summary>
    public static AstVisitor Create(ValidationContext context) => new KnownFragmentNamesRule(context);

    /// <inheritdoc/>
    protected override VisitAction EnterFragmentSpread(FragmentSpreadNode node)
    {
        if (Context.GetFragment(node.Name.Value) is null)
            Context.ReportError($"Unknown fragment \"{node.Name.Value}\".", node.Name);
        return VisitAction.Continue;
    }
}
