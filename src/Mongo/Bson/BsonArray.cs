using System.Collections;

namespace StudyGraph.Mongo.Bson;

/// <summary>A BSON array.</summary>
public sealed class BsonArray : IEnumerable<BsonValue>, IEquatable<BsonArray>
{
    private readonly List<BsonValue> _items;

    /// <summary>Creates an empty array.</summary>
    public BsonArray() => _items = [];

    /// <summary>Creates an empty array with room for <paramref name="capacity"/> items.</summary>
    public BsonArray(int capacity) => _items = new List<BsonValue>(capacity);

    /// <summary>Creates an array holding <paramref name="items"/>.</summary>
    public BsonArray(IEnumerable<BsonValue> items) => _items = [.. items];

    /// <summary>The number of items.</summary>
    public int Count => _items.Count;

    /// <summary>The item at <paramref name="index"/>.</summary>
    public BsonValue this[int index]
    {
        get => _items[index];
        set => _items[index] = value;
    }

    /// <summary>Appends an item.</summary>
    public BsonArray Add(BsonValue value)
    {
        _items.Add(value);
        return this;
    }

    /// <inheritdoc />
    public List<BsonValue>.Enumerator GetEnumerator() => _items.GetEnumerator();

    IEnumerator<BsonValue> IEnumerable<BsonValue>.GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <summary>Structural equality.</summary>
    public bool Equals(BsonArray? other)
    {
        if (other is null || other._items.Count != _items.Count) return false;
        for (var i = 0; i < _items.Count; i++)
        {
            if (!_items[i].Equals(other._items[i])) return false;
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as BsonArray);

    /// <inheritdoc />
    public override int GetHashCode() => _items.Count;
}
