using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Validation.Cost;

/// <summary>
/// Cost limit: an operation may use at most <see cref="ValidationOptions.MaxAliases"/> aliases, counting the aliases of
/// a fragment once per spread (a fragment cycle adds nothing). Error code MAX_ALIASES_EXCEEDED.
/// </summary>
public sealed class MaxAliasesRule : RuleVisitor
{
    private readonly Dictionary<string, long> _fragmentAliases = new(StringComparer.Ordinal);
    private readonly HashSet<string> _visiting = new(StringComparer.Ordinal);

    private MaxAliasesRule(ValidationContext context) : base(context) { }

    /// <summary>Creates the rule's visitor for one run.</summary>
    public static AstVisitor Create(ValidationContext context) => new MaxAliasesRule(context);

    /// <summary>The number of aliases of <paramref name="operation"/> in <paramref name="context"/>'s document.</summary>
    public static long Measure(ValidationContext context, OperationDefinitionNode operation)
        => new MaxAliasesRule(context).Count(operation.SelectionSet);

    /// <inheritdoc/>
    protected override VisitAction EnterOperationDefinition(OperationDefinitionNode node)
    {
        var max = Context.Options.MaxAliases ?? int.MaxValue;
        var count = Count(node.SelectionSet);
        if (count > max)
        {
            Context.ReportError(CostErrors.At(node, ValidationErrorCodes.MaxAliasesExceeded,
                $"{CostErrors.Label(node)} uses {count} aliases, more than the maximum of {max}."));
        }
        return VisitAction.Skip;
    }

    private long Count(SelectionSetNode set)
    {
        long total = 0;
        foreach (var selection in set.Selections)
        {
            var n = selection switch
            {
                FieldNode f => (f.Alias is null ? 0 : 1) + (f.SelectionSet is { } s ? Count(s) : 0),
                InlineFragmentNode i => Count(i.SelectionSet),
                FragmentSpreadNode spread => FragmentAliases(spread.Name.Value),
                _ => 0,
            };
            total = CostErrors.Add(total, n);
        }
        return total;
    }

    private long FragmentAliases(string name)
    {
        if (_fragmentAliases.TryGetValue(name, out var known)) return known;
        var fragment = Context.GetFragment(name);
        if (fragment is null || !_visiting.Add(name)) return 0;
        var count = Count(fragment.SelectionSet);
        _visiting.Remove(name);
        _fragmentAliases[name] = count;
        return count;
    }
}
