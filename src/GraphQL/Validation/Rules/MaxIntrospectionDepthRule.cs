using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Validation.Rules;

/// <summary>
/// graphql-js's recommended rule (part of its <c>specifiedRules</c> since 16.9): an introspection query may nest the
/// list fields <c>fields</c>, <c>interfaces</c>, <c>possibleTypes</c> and <c>inputFields</c> less than 3 deep,
/// counting through fragments.
/// </summary>
public sealed class MaxIntrospectionDepthRule : RuleVisitor
{
    private const int MaxListsDepth = 3;

    private readonly HashSet<string> _visiting = new(StringComparer.Ordinal);
    private readonly HashSet<(string, int)> _knownShallow = [];

    private MaxIntrospectionDepthRule(ValidationContext context) : base(context) { }

    /// <summary>Creates the rule's visitor for one run.</summary>
    public static AstVisitor Create(ValidationContext context) => new MaxIntrospectionDepthRule(context);

    /// <inheritdoc/>
    protected override VisitAction EnterField(FieldNode node)
    {
        if (node.Name.Value is not ("__schema" or "__type")) return VisitAction.Continue;
        if (!TooDeep(node, 0)) return VisitAction.Continue;
        Context.ReportError("Maximum introspection depth exceeded", node);
        return VisitAction.Skip;
    }

    private bool TooDeep(SelectionNode node, int depth)
    {
        switch (node)
        {
            case FragmentSpreadNode spread:
                {
                    var name = spread.Name.Value;
                    if (_visiting.Contains(name) || _knownShallow.Contains((name, depth))) return false;
                    var fragment = Context.GetFragment(name);
                    if (fragment is null) return false;
                    _visiting.Add(name);
                    try
                    {
                        if (TooDeep(fragment.SelectionSet, depth)) return true;
                    }
                    finally
                    {
                        _visiting.Remove(name);
                    }
                    // A fragment that stays shallow at this depth stays shallow wherever it is spread at this depth:
                    // remembering it keeps fragment-heavy documents linear.
                    _knownShallow.Add((name, depth));
                    return false;
                }
            case FieldNode field:
                if (field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields")
                {
                    depth++;
                    if (depth >= MaxListsDepth) return true;
                }
                return field.SelectionSet is { } set && TooDeep(set, depth);
            case InlineFragmentNode inline:
                return TooDeep(inline.SelectionSet, depth);
            default:
                return false;
        }
    }

    private bool TooDeep(SelectionSetNode set, int depth)
    {
        foreach (var child in set.Selections)
        {
            if (TooDeep(child, depth)) return true;
        }
        return false;
    }
}
