using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Validation.Cost;

/// <summary>
/// Cost limit: an operation's selections may nest at most <see cref="ValidationOptions.MaxDepth"/> fields deep
/// (root fields are depth 1; fragments count at the depth they are spread; a fragment cycle adds nothing, as
/// NoFragmentCycles reports it). Error code MAX_DEPTH_EXCEEDED.
/// </summary>
public sealed class MaxDepthRule : RuleVisitor
{
    private readonly Dictionary<string, int> _fragmentDepths = new(StringComparer.Ordinal);
    private readonly HashSet<string> _visiting = new(StringComparer.Ordinal);

    private MaxDepthRule(ValidationContext context) : base(context) { }

    /// <summary>Creates the rule's visitor for one run.</summary>
    public static AstVisitor Create(ValidationContext context) => new MaxDepthRule(context);

    /// <summary>The nesting depth of <paramref name="operation"/> in <paramref name="context"/>'s document.</summary>
    public static int Measure(ValidationContext context, OperationDefinitionNode operation)
        => new MaxDepthRule(context).Depth(operation.SelectionSet);

    /// <inheritdoc/>
    protected override VisitAction EnterOperationDefinition(OperationDefinitionNode node)
    {
        var max = Context.Options.MaxDepth ?? int.MaxValue;
        var depth = Depth(node.SelectionSet);
        if (depth > max)
        {
            Context.ReportError(CostErrors.At(node, ValidationErrorCodes.MaxDepthExceeded,
                $"{CostErrors.Label(node)} is nested {depth} levels deep, more than the maximum depth of {max}."));
        }
        return VisitAction.Skip;
    }

    private int Depth(SelectionSetNode set)
    {
        var max = 0;
        foreach (var selection in set.Selections)
        {
            var d = selection switch
            {
                FieldNode f => 1 + (f.SelectionSet is { } s ? Depth(s) : 0),
                InlineFragmentNode i => Depth(i.SelectionSet),
                FragmentSpreadNode spread => FragmentDepth(spread.Name.Value),
                _ => 0,
            };
            if (d > max) max = d;
        }
        return max;
    }

    private int FragmentDepth(string name)
    {
        if (_fragmentDepths.TryGetValue(name, out var known)) return known;
        var fragment = Context.GetFragment(name);
        if (fragment is null || !_visiting.Add(name)) return 0;
        var depth = Depth(fragment.SelectionSet);
        _visiting.Remove(name);
        _fragmentDepths[name] = depth;
        return depth;
    }
}
