using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.GraphQL.Validation.Rules;

/// <summary>5.5.2.3 Fragment Spread Is Possible: a fragment's type can overlap the type it is spread into.</summary>
public sealed class PossibleFragmentSpreadsRule : RuleVisitor
{
    private PossibleFragmentSpreadsRule(ValidationContext context) : base(context) { }

    /// <summary>Creates the rule's visitor for one run.</summary>
    public static AstVisitor Create(ValidationContext context) => new PossibleFragmentSpreadsRule(context);

    /// <inheritdoc/>
    protected override VisitAction EnterInlineFragment(InlineFragmentNode node)
    {
        if (Context.TypeInfo.Type is NamedType { IsCompositeType: true } fragType
            && Context.TypeInfo.ParentType is { IsCompositeType: true } parentType
            && !TypeComparators.DoTypesOverlap(Context.Schema, fragType, parentType))
        {
            Context.ReportError(
                $"Fragment cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragType}\".", node);
        }
        return VisitAction.Continue;
    }

    /// <inheritdoc/>
    protected override VisitAction EnterFragmentSpread(FragmentSpreadNode node)
    {
        var name = node.Name.Value;
        var fragment = Context.GetFragment(name);
        if (fragment is null) return VisitAction.Continue;
        if (TypeFromAst.Get(Context.Schema, fragment.TypeCondition) is not NamedType { IsCompositeType: true } fragType) return VisitAction.Continue;
        if (Context.TypeInfo.ParentType is { } parentType && !TypeComparators.DoTypesOverlap(Context.Schema, fragType, parentType))
        {
            Context.ReportError(
                $"Fragment \"{name}\" cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragType}\".", node);
        }
        return VisitAction.Continue;
    }
}
