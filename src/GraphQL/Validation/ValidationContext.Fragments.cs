using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Validation;

public sealed partial class ValidationContext
{
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private readonly Dictionary<SelectionSetNode, List<FragmentSpreadNode>> _spreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, List<FragmentDefinitionNode>> _recursiveFragments = new(ReferenceEqualityComparer.Instance);

    /// <summary>The fragment definition named <paramref name="name"/> (the last one when repeated), or null.</summary>
    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinitionNode f) _fragments[f.Name.Value] = f;
            }
        }
        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>The fragment spreads inside <paramref name="selectionSet"/>, including nested selection sets but not other fragments.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_spreads.TryGetValue(selectionSet, out var cached)) return cached;
        var spreads = new List<FragmentSpreadNode>();
        var toVisit = new Stack<SelectionSetNode>();
        toVisit.Push(selectionSet);
        while (toVisit.Count > 0)
        {
            var set = toVisit.Pop();
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread: spreads.Add(spread); break;
                    case FieldNode { SelectionSet: { } s }: toVisit.Push(s); break;
                    case InlineFragmentNode inline: toVisit.Push(inline.SelectionSet); break;
                }
            }
        }
        _spreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Every fragment <paramref name="operation"/> uses, directly or through other fragments, each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (_recursiveFragments.TryGetValue(operation, out var cached)) return cached;
        var fragments = new List<FragmentDefinitionNode>();
        var collected = new HashSet<string>(StringComparer.Ordinal);
        var toVisit = new Stack<SelectionSetNode>();
        toVisit.Push(operation.SelectionSet);
        while (toVisit.Count > 0)
        {
            var set = toVisit.Pop();
            foreach (var spread in GetFragmentSpreads(set))
            {
                var name = spread.Name.Value;
                if (!collected.Add(name)) continue;
                var fragment = GetFragment(name);
                if (fragment is null) continue;
                fragments.Add(fragment);
                toVisit.Push(fragment.SelectionSet);
            }
        }
        _recursiveFragments[operation] = fragments;
        return fragments;
    }
}
