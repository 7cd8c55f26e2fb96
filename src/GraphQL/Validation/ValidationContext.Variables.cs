using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Validation;

public sealed partial class ValidationContext
{
    private readonly Dictionary<AstNode, List<VariableUsage>> _usages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, List<VariableUsage>> _recursiveUsages = new(ReferenceEqualityComparer.Instance);

    /// <summary>The variables used inside <paramref name="node"/> (an operation or fragment definition), not following fragment spreads.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode node)
    {
        if (_usages.TryGetValue(node, out var cached)) return cached;
        var collector = new UsageCollector(new TypeInfo(Schema));
        AstWalker.Walk(node, collector);
        _usages[node] = collector.Usages;
        return collector.Usages;
    }

    /// <summary>The variables used by <paramref name="operation"/> and every fragment it references recursively.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (_recursiveUsages.TryGetValue(operation, out var cached)) return cached;
        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        foreach (var fragment in GetRecursivelyReferencedFragments(operation)) usages.AddRange(GetVariableUsages(fragment));
        _recursiveUsages[operation] = usages;
        return usages;
    }

    private sealed class UsageCollector(TypeInfo typeInfo) : AstVisitor
    {
        public List<VariableUsage> Usages { get; } = [];

        public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
        {
            if (node.Kind == NodeKind.VariableDefinition) return VisitAction.Skip;
            typeInfo.Enter(node);
            if (node is VariableNode v)
                Usages.Add(new VariableUsage(v, typeInfo.InputType, typeInfo.HasDefaultValue, typeInfo.ParentInputType));
            return VisitAction.Continue;
        }

        public override VisitAction Leave(AstNode node, IReadOnlyList<AstNode> ancestors)
        {
            typeInfo.Leave(node);
            return VisitAction.Continue;
        }
    }
}
