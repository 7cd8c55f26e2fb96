using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Validation.Rules;

/// <summary>5.5.1.3 Fragments On Composite Types: fragments condition only on objects, interfaces and unions.</summary>
public sealed class FragmentsOnCompositeTypesRule : RuleVisitor
{
    private FragmentsOnCompositeTypesRule(ValidationContext context) : base(context) { }

    /// <summary>Creates the rule's visitor for one run.</summary>
    public static AstVisitor Create(ValidationContext context) => new FragmentsOnCompositeTypesRule(context);

    /// <inheritdoc/>
    protected override VisitAction EnterInlineFragment(InlineFragmentNode node)
    {
        if (node.TypeCondition is { } condition && TypeFromAst.Get(Context.Schema, condition) is { IsCompositeType: false })
            Context.ReportError($"Fragment cannot condition on non composite type \"{Printer.Print(condition)}\".", condition);
        return VisitAction.Continue;
    }

    /// <inheritdoc/>
    protected override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        if (TypeFromAst.Get(Context.Schema, node.TypeCondition) is { IsCompositeType: false })
        {
            Context.ReportError(
                $"Fragment \"{node.Name.Value}\" cannot condition on non composite type \"{Printer.Print(node.TypeCondition)}\".",
                node.TypeCondition);
        }
        return VisitAction.Continue;
    }
}
