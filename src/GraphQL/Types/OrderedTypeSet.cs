namespace StudyGraph.GraphQL.Types;

/// <summary>An insertion-ordered set of named types with JavaScript <c>Set</c> semantics (remove then add moves to the end).</summary>
internal sealed class OrderedTypeSet
{
    private readonly LinkedList<NamedType> _order = new();
    private readonly Dictionary<NamedType, LinkedListNode<NamedType>> _nodes = new(ReferenceEqualityComparer.Instance);

    public bool Add(NamedType type)
    {
        if (_nodes.ContainsKey(type)) return false;
        _nodes[type] = _order.AddLast(type);
        return true;
    }

    public void Remove(NamedType type)
    {
        if (_nodes.Remove(type, out var node)) _order.Remove(node);
    }

    public List<NamedType> ToList() => [.. _order];
}
