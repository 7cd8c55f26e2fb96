namespace StudyGraph.GraphQL.Language;

/// <summary>
/// One scratch stack per thread for the parser's lists: a list pushes its items above any outer list's items,
/// then pops them into an exact-size array. Saves a List object and its slack per list.
/// </summary>
internal sealed class NodeListBuilder
{
    [ThreadStatic]
    private static NodeListBuilder? _cached;

    private readonly List<AstNode> _stack = new(64);

    /// <summary>The thread's builder, emptied (a failed parse may have left items behind).</summary>
    public static NodeListBuilder Rent()
    {
        var builder = _cached ??= new NodeListBuilder();
        builder._stack.Clear();
        return builder;
    }

    /// <summary>Drops the items a failed parse left behind, and memory an unusually large document made it keep.</summary>
    public void Release()
    {
        _stack.Clear();
        if (_stack.Capacity > 4096) _stack.Capacity = 64;
    }

    /// <summary>Starts a list; pass the returned mark to <see cref="End{T}"/>.</summary>
    public int Begin() => _stack.Count;

    /// <summary>Adds an item to the innermost open list.</summary>
    public void Push(AstNode node) => _stack.Add(node);

    /// <summary>Closes the list started at <paramref name="mark"/> and returns its items.</summary>
    public T[] End<T>(int mark)
        where T : AstNode
    {
        var count = _stack.Count - mark;
        if (count == 0) return [];
        var items = new T[count];
        for (var i = 0; i < count; i++) items[i] = (T)_stack[mark + i];
        _stack.RemoveRange(mark, count);
        return items;
    }
}
