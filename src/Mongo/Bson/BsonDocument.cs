using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace StudyGraph.Mongo.Bson;

/// <summary>An ordered BSON document. Field order is kept as inserted; lookups by name are linear (documents are small).</summary>
public sealed class BsonDocument : IEnumerable<BsonElement>, IEquatable<BsonDocument>
{
    private readonly List<BsonElement> _elements;

    /// <summary>Creates an empty document.</summary>
    public BsonDocument() => _elements = [];

    /// <summary>Creates an empty document with room for <paramref name="capacity"/> fields.</summary>
    public BsonDocument(int capacity) => _elements = new List<BsonElement>(capacity);

    /// <summary>Creates a document with one field.</summary>
    public BsonDocument(string name, BsonValue value) : this(4) => Add(name, value);

    /// <summary>The number of fields.</summary>
    public int Count => _elements.Count;

    /// <summary>The field at <paramref name="index"/>.</summary>
    public BsonElement this[int index] => _elements[index];

    /// <summary>The value of the field <paramref name="name"/>; setting replaces it in place or appends it.</summary>
    /// <exception cref="KeyNotFoundException">On get, when the field is absent.</exception>
    public BsonValue this[string name]
    {
        get => TryGetValue(name, out var v) ? v : throw new KeyNotFoundException($"Field '{name}' is not in the document.");
        set => Set(name, value);
    }

    /// <summary>Appends a field (duplicates are allowed, as in BSON); returns this document for chaining.</summary>
    public BsonDocument Add(string name, BsonValue value)
    {
        ArgumentNullException.ThrowIfNull(name);
        _elements.Add(new BsonElement(name, value));
        return this;
    }

    /// <summary>Replaces the first field called <paramref name="name"/>, or appends it.</summary>
    public BsonDocument Set(string name, BsonValue value)
    {
        var i = IndexOf(name);
        if (i >= 0) _elements[i] = new BsonElement(name, value);
        else Add(name, value);
        return this;
    }

    /// <summary>Removes every field called <paramref name="name"/>; true when one was removed.</summary>
    public bool Remove(string name) => _elements.RemoveAll(e => e.Name == name) > 0;

    /// <summary>True when a field called <paramref name="name"/> exists.</summary>
    public bool Contains(string name) => IndexOf(name) >= 0;

    /// <summary>The index of the first field called <paramref name="name"/>, or -1.</summary>
    public int IndexOf(string name)
    {
        for (var i = 0; i < _elements.Count; i++)
        {
            if (string.Equals(_elements[i].Name, name, StringComparison.Ordinal)) return i;
        }
        return -1;
    }

    /// <summary>Gets the first field called <paramref name="name"/>.</summary>
    public bool TryGetValue(string name, out BsonValue value)
    {
        var i = IndexOf(name);
        value = i >= 0 ? _elements[i].Value : default;
        return i >= 0;
    }

    /// <summary>The value of <paramref name="name"/>, or <paramref name="fallback"/> when absent.</summary>
    public BsonValue GetValueOrDefault(string name, BsonValue fallback = default) => TryGetValue(name, out var v) ? v : fallback;

    /// <summary>The embedded document under <paramref name="name"/>, when present and a document.</summary>
    public bool TryGetDocument(string name, [NotNullWhen(true)] out BsonDocument? document)
    {
        document = TryGetValue(name, out var v) && v.Type == BsonType.Document ? v.AsDocument : null;
        return document is not null;
    }

    /// <summary>A shallow copy (nested documents are shared).</summary>
    public BsonDocument Clone()
    {
        var copy = new BsonDocument(_elements.Count);
        copy._elements.AddRange(_elements);
        return copy;
    }

    /// <inheritdoc />
    public List<BsonElement>.Enumerator GetEnumerator() => _elements.GetEnumerator();

    IEnumerator<BsonElement> IEnumerable<BsonElement>.GetEnumerator() => _elements.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _elements.GetEnumerator();

    /// <summary>Structural, order-sensitive equality.</summary>
    public bool Equals(BsonDocument? other)
    {
        if (other is null || other._elements.Count != _elements.Count) return false;
        for (var i = 0; i < _elements.Count; i++)
        {
            if (_elements[i].Name != other._elements[i].Name || !_elements[i].Value.Equals(other._elements[i].Value)) return false;
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as BsonDocument);

    /// <inheritdoc />
    public override int GetHashCode() => _elements.Count;

    /// <summary>Canonical Extended JSON (diagnostics).</summary>
    public override string ToString() => Json.ExtendedJsonWriter.Write(this, Json.ExtendedJsonMode.Canonical);
}
