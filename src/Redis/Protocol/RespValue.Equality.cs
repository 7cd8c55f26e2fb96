namespace StudyGraph.Redis;

public sealed partial class RespValue : IEquatable<RespValue>
{
    /// <summary>Structural equality: same type, nullness, payload and items.</summary>
    public bool Equals(RespValue? other)
    {
        if (other is null) return false;
        if (ReferenceEquals(this, other)) return true;
        if (Type != other.Type || IsNull != other.IsNull || _integer != other._integer) return false;
        if (!_double.Equals(other._double) || VerbatimFormat != other.VerbatimFormat) return false;
        if (!_bytes.Span.SequenceEqual(other._bytes.Span) || _items.Length != other._items.Length) return false;
        for (var i = 0; i < _items.Length; i++)
        {
            if (!_items[i].Equals(other._items[i])) return false;
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RespValue);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Type, IsNull, _integer, _bytes.Length, _items.Length);
}
