namespace StudyGraph.GraphQL.Execution;

/// <summary>An immutable response path (spec 7.1.2 "Errors", <c>path</c>): response keys (string) and list indices (int).</summary>
public sealed class ResponsePath : IReadOnlyList<object>
{
    private ResponsePath(ResponsePath? previous, object key)
    {
        Previous = previous;
        Key = key;
        Count = (previous?.Count ?? 0) + 1;
    }

    /// <summary>The parent path, or null at the root.</summary>
    public ResponsePath? Previous { get; }

    /// <summary>The last segment: a response key or a list index.</summary>
    public object Key { get; }

    /// <summary>The number of segments.</summary>
    public int Count { get; }

    /// <summary>The segment at <paramref name="index"/> (0 is the root field's key).</summary>
    public object this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
            var p = this;
            for (var i = Count - 1; i > index; i--) p = p.Previous!;
            return p.Key;
        }
    }

    /// <summary>A root path of one response key.</summary>
    public static ResponsePath Root(string key) => new(null, key);

    /// <summary>This path followed by a response key.</summary>
    public ResponsePath Add(string key) => new(this, key);

    /// <summary>This path followed by a list index (boxed once per index below 256).</summary>
    public ResponsePath Add(int index) => new(this, index < BoxedIndices.Length ? BoxedIndices[index] : index);

    /// <summary>The segments as an array.</summary>
    public object[] ToArray()
    {
        var result = new object[Count];
        var p = this;
        for (var i = Count - 1; i >= 0; i--, p = p.Previous!) result[i] = p.Key;
        return result;
    }

    /// <summary>Enumerates the segments from the root.</summary>
    public IEnumerator<object> GetEnumerator() => ((IEnumerable<object>)ToArray()).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The path as graphql-js prints it (<c>a.b[0].c</c>).</summary>
    public override string ToString() => string.Join(".", ToArray());

    private static readonly object[] BoxedIndices = CreateBoxes();

    private static object[] CreateBoxes()
    {
        var boxes = new object[256];
        for (var i = 0; i < boxes.Length; i++) boxes[i] = i;
        return boxes;
    }
}
