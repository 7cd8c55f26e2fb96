using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;

namespace StudyGraph.GraphQL.Validation.Cost;

/// <summary>
/// Cost limit: an operation's estimated cost may be at most <see cref="ValidationOptions.MaxCost"/>. Each field costs
/// 1 times the product of the list sizes above it. A field's list size is its <c>first</c> or <c>last</c> argument
/// (a literal, the variable's value from <see cref="ValidationOptions.Variables"/>, the variable's default, or the
/// argument's default); otherwise a list-typed field counts <see cref="ValidationOptions.DefaultListSize"/>, except
/// directly under a field sized by <c>first</c>/<c>last</c> (a connection's <c>nodes</c>/<c>edges</c>), which counts 1.
/// Fragments count once per spread; a fragment cycle adds nothing; introspection fields cost 1. Error code MAX_COST_EXCEEDED.
/// </summary>
public sealed partial class MaxCostRule : RuleVisitor
{
    private readonly HashSet<string> _visiting = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, bool), long> _fragmentCosts = [];
    private OperationDefinitionNode? _operation;

    private MaxCostRule(ValidationContext context) : base(context) { }

    /// <summary>Creates the rule's visitor for one run.</summary>
    public static AstVisitor Create(ValidationContext context) => new MaxCostRule(context);

    /// <summary>The estimated cost of <paramref name="operation"/> in <paramref name="context"/>'s document.</summary>
    public static long Measure(ValidationContext context, OperationDefinitionNode operation)
    {
        var rule = new MaxCostRule(context) { _operation = operation };
        return rule.SetCost(context.Schema.GetRootType(operation.Operation), operation.SelectionSet, parentSized: false);
    }

    /// <inheritdoc/>
    protected override VisitAction EnterOperationDefinition(OperationDefinitionNode node)
    {
        _operation = node;
        _fragmentCosts.Clear();
        var max = Context.Options.MaxCost ?? int.MaxValue;
        var cost = SetCost(Context.Schema.GetRootType(node.Operation), node.SelectionSet, parentSized: false);
        if (cost > max)
        {
            Context.ReportError(CostErrors.At(node, ValidationErrorCodes.MaxCostExceeded,
                $"{CostErrors.Label(node)} has an estimated cost of {cost}, more than the maximum cost of {max}."));
        }
        return VisitAction.Skip;
    }

    // The cost of a selection set when its parent multiplies by 1.
    private long SetCost(NamedType? parentType, SelectionSetNode set, bool parentSized)
    {
        long total = 0;
        foreach (var selection in set.Selections)
        {
            long cost = 0;
            switch (selection)
            {
                case FieldNode field:
                    cost = FieldCost(parentType, field, parentSized);
                    break;
                case InlineFragmentNode inline:
                    {
                        var type = inline.TypeCondition is null ? parentType : Context.Schema.GetType(inline.TypeCondition.Name.Value);
                        cost = SetCost(type, inline.SelectionSet, parentSized);
                        break;
                    }
                case FragmentSpreadNode spread:
                    cost = FragmentCost(spread.Name.Value, parentSized);
                    break;
            }
            total = CostErrors.Add(total, cost);
        }
        return total;
    }

    private long FieldCost(NamedType? parentType, FieldNode field, bool parentSized)
    {
        if (field.SelectionSet is not { } set) return 1;
        // Introspection (__schema, __type) is bounded by the schema's size, not by data: it costs 1 (the depth limit
        // still bounds its nesting), so IDEs and codegen can always introspect.
        if (field.Name.Value.StartsWith("__", StringComparison.Ordinal)) return 1;
        var def = parentType is null ? null : TypeInfo.GetFieldDef(Context.Schema, parentType, field.Name.Value);
        var explicitSize = ExplicitSize(field, def);
        long size = explicitSize ?? (def?.Type.Nullable is ListType && !parentSized ? Context.Options.DefaultListSize : 1);
        var children = SetCost(def?.Type.GetNamedType(), set, explicitSize is not null);
        return CostErrors.Add(1, CostErrors.Multiply(Math.Max(size, 0), children));
    }

    private long FragmentCost(string name, bool parentSized)
    {
        if (_fragmentCosts.TryGetValue((name, parentSized), out var known)) return known;
        var fragment = Context.GetFragment(name);
        if (fragment is null || !_visiting.Add(name)) return 0;
        var cost = SetCost(Context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet, parentSized);
        _visiting.Remove(name);
        _fragmentCosts[(name, parentSized)] = cost;
        return cost;
    }
}
