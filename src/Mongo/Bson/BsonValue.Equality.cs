namespace StudyGraph.Mongo.Bson;

public readonly partial struct BsonValue : IEquatable<BsonValue>
{
    /// <summary>Structural equality: same type and same value (doubles compared bit for bit, so NaN equals NaN).</summary>
    public bool Equals(BsonValue other)
    {
        if (Type != other.Type) return false;
        return Type switch
        {
            BsonType.Null or BsonType.Undefined or BsonType.MinKey or BsonType.MaxKey => true,
            BsonType.Double or BsonType.Boolean or BsonType.DateTime or BsonType.Int32 or BsonType.Int64 or BsonType.Timestamp => _bits == other._bits,
            BsonType.Decimal128 or BsonType.ObjectId => _bits == other._bits && _bits2 == other._bits2,
            _ => Equals(_ref, other._ref),
        };
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is BsonValue v && Equals(v);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Type, _bits, _bits2, _ref);

    /// <summary>Structural equality.</summary>
    public static bool operator ==(BsonValue left, BsonValue right) => left.Equals(right);

    /// <summary>Structural inequality.</summary>
    public static bool operator !=(BsonValue left, BsonValue right) => !left.Equals(right);

    /// <summary>Canonical Extended JSON of the value (diagnostics).</summary>
    public override string ToString() => Json.ExtendedJsonWriter.WriteValue(this, Json.ExtendedJsonMode.Canonical);
}
