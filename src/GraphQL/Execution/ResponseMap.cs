namespace StudyGraph.GraphQL.Execution;

/// <summary>
/// An object of the response (<c>data</c> or one of its objects): response keys in the order the selection set names them.
/// Values are null, strings, numbers, booleans, nested <see cref="ResponseMap"/>s, <c>object?[]</c> lists, or whatever a
/// custom scalar serializes to.
/// </summary>
public sealed class ResponseMap : IReadOnlyList<KeyValuePair<string, object?>>
{
    private string[] _keys;
    private object?[] _values;

    /// <summary>Creates an empty map with room for <paramref name="capacity"/> entries.</summary>
    public ResponseMap(int capacity = 4)
    {
        _keys = new string[Math.Max(capacity, 1)];
        _values = new object?[_keys.Length];
    }

    /// <summary>The number of entries.</summary>
    public int Count { get; private set; }

    /// <summary>The entry at <paramref name="index"/>.</summary>
    public KeyValuePair<string, object?> this[int index] => new(_keys[index], _values[index]);

    /// <summary>The value of <paramref name="key"/>, or null when absent.</summary>
    public object? this[string key] => TryGetValue(key, out var v) ? v : null;

    /// <summary>The value of <paramref name="key"/>.</summary>
    public bool TryGetValue(string key, out object? value)
    {
        for (var i = 0; i < Count; i++)
        {
            if (string.Equals(_keys[i], key, StringComparison.Ordinal))
            {
                value = _values[i];
                return true;
            }
        }
        value = null;
        return false;
    }

    /// <summary>Appends an entry and returns its index.</summary>
    public int Add(string key, object? value)
    {
        if (Count == _keys.Length)
        {
            Array.Resize(ref _keys, Count * 2);
            Array.Resize(ref _values, Count * 2);
        }
        _keys[Count] = key;
        _values[Count] = value;
        return Count++;
    }

    /// <summary>Replaces the value at <paramref name="index"/>.</summary>
    public void SetValue(int index, object? value) => _values[index] = value;

    /// <summary>Enumerates the entries in order.</summary>
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return new(_keys[i], _values[i]);
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
