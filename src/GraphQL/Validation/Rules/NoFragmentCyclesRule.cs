using System.Text;
using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Validation.Rules;

/// <summary>5.5.2.2 Fragment Spreads Must Not Form Cycles: no fragment spreads itself, directly or through others.</summary>
public sealed class NoFragmentCyclesRule : RuleVisitor
{
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> _spreadPath = [];
    private readonly Dictionary<string, int> _spreadPathIndexByName = new(StringComparer.Ordinal);

    private NoFragmentCyclesRule(ValidationContext context) : base(context) { }

    /// <summary>Creates the rule's visitor for one run.</summary>
    public static AstVisitor Create(ValidationContext context) => new NoFragmentCyclesRule(context);

    /// <inheritdoc/>
    protected override VisitAction EnterOperationDefinition(OperationDefinitionNode node) => VisitAction.Skip;

    /// <inheritdoc/>
    protected override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        DetectCycles(node);
        return VisitAction.Skip;
    }

    // A depth-first search; explicit frames keep deep fragment chains off the call stack.
    private void DetectCycles(FragmentDefinitionNode root)
    {
        if (!_visited.Add(root.Name.Value)) return;
        var frames = new Stack<Frame>();
        if (!Open(root, frames)) return;
        while (frames.Count > 0)
        {
            var frame = frames.Peek();
            if (frame.Next > 0) _spreadPath.RemoveAt(_spreadPath.Count - 1);
            if (frame.Next == frame.Spreads.Count)
            {
                _spreadPathIndexByName.Remove(frame.Name);
                frames.Pop();
                continue;
            }
            var spread = frame.Spreads[frame.Next++];
            var spreadName = spread.Name.Value;
            _spreadPath.Add(spread);
            if (_spreadPathIndexByName.TryGetValue(spreadName, out var cycleIndex))
            {
                ReportCycle(spreadName, cycleIndex);
                continue;
            }
            var target = Context.GetFragment(spreadName);
            if (target is not null && _visited.Add(spreadName)) Open(target, frames);
        }
    }

    private bool Open(FragmentDefinitionNode fragment, Stack<Frame> frames)
    {
        var spreads = Context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0) return false;
        _spreadPathIndexByName[fragment.Name.Value] = _spreadPath.Count;
        frames.Push(new Frame(fragment.Name.Value, spreads));
        return true;
    }

    private void ReportCycle(string spreadName, int cycleIndex)
    {
        var cycle = new List<AstNode>(_spreadPath.Count - cycleIndex);
        var via = new StringBuilder();
        for (var i = cycleIndex; i < _spreadPath.Count; i++)
        {
            cycle.Add(_spreadPath[i]);
            if (i == _spreadPath.Count - 1) continue;
            if (via.Length > 0) via.Append(", ");
            via.Append('"').Append(_spreadPath[i].Name.Value).Append('"');
        }
        Context.ReportError($"Cannot spread fragment \"{spreadName}\" within itself" + (via.Length > 0 ? $" via {via}." : "."), cycle);
    }

    private sealed class Frame(string name, IReadOnlyList<FragmentSpreadNode> spreads)
    {
        public string Name { get; } = name;

        public IReadOnlyList<FragmentSpreadNode> Spreads { get; } = spreads;

        public int Next { get; set; }
    }
}
