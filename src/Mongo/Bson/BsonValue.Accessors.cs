namespace StudyGraph.Mongo.Bson;

public readonly partial struct BsonValue
{
    /// <summary>True for BSON null.</summary>
    public bool IsNull => Type == BsonType.Null;

    /// <summary>True for int32, int64 and double.</summary>
    public bool IsNumeric => Type is BsonType.Int32 or BsonType.Int64 or BsonType.Double;

    /// <summary>The double (throws for other types).</summary>
    public double AsDouble => Type == BsonType.Double ? BitConverter.Int64BitsToDouble(_bits) : throw Mismatch(BsonType.Double);

    /// <summary>The string (throws for other types).</summary>
    public string AsString => Type == BsonType.String ? (string)_ref! : throw Mismatch(BsonType.String);

    /// <summary>The embedded document (throws for other types).</summary>
    public BsonDocument AsDocument => Type == BsonType.Document ? (BsonDocument)_ref! : throw Mismatch(BsonType.Document);

    /// <summary>The array (throws for other types).</summary>
    public BsonArray AsArray => Type == BsonType.Array ? (BsonArray)_ref! : throw Mismatch(BsonType.Array);

    /// <summary>The binary (throws for other types).</summary>
    public BsonBinary AsBinary => Type == BsonType.Binary ? (BsonBinary)_ref! : throw Mismatch(BsonType.Binary);

    /// <summary>The UUID of a subtype-4 binary (throws otherwise).</summary>
    public Guid AsGuid => AsBinary.ToGuid();

    /// <summary>The ObjectId (throws for other types).</summary>
    public ObjectId AsObjectId => Type == BsonType.ObjectId ? new ObjectId((uint)((ulong)_bits >> 32), (uint)_bits, (uint)_bits2) : throw Mismatch(BsonType.ObjectId);

    /// <summary>The boolean (throws for other types).</summary>
    public bool AsBoolean => Type == BsonType.Boolean ? _bits != 0 : throw Mismatch(BsonType.Boolean);

    /// <summary>Milliseconds since the Unix epoch of a UTC datetime (throws for other types).</summary>
    public long AsDateTimeMilliseconds => Type == BsonType.DateTime ? _bits : throw Mismatch(BsonType.DateTime);

    /// <summary>The UTC datetime (throws for other types or when outside DateTimeOffset's range).</summary>
    public DateTimeOffset AsDateTime => DateTimeOffset.FromUnixTimeMilliseconds(AsDateTimeMilliseconds);

    /// <summary>The regular expression (throws for other types).</summary>
    public BsonRegularExpression AsRegularExpression => Type == BsonType.RegularExpression ? (BsonRegularExpression)_ref! : throw Mismatch(BsonType.RegularExpression);

    /// <summary>The DBPointer (throws for other types).</summary>
    public BsonDbPointer AsDbPointer => Type == BsonType.DbPointer ? (BsonDbPointer)_ref! : throw Mismatch(BsonType.DbPointer);

    /// <summary>The code of a JavaScript value (throws for other types).</summary>
    public string AsJavaScript => Type == BsonType.JavaScript ? (string)_ref! : throw Mismatch(BsonType.JavaScript);

    /// <summary>The symbol text (throws for other types).</summary>
    public string AsSymbol => Type == BsonType.Symbol ? (string)_ref! : throw Mismatch(BsonType.Symbol);

    /// <summary>The code with scope (throws for other types).</summary>
    public BsonJavaScriptWithScope AsJavaScriptWithScope => Type == BsonType.JavaScriptWithScope ? (BsonJavaScriptWithScope)_ref! : throw Mismatch(BsonType.JavaScriptWithScope);

    /// <summary>The int32 (throws for other types).</summary>
    public int AsInt32 => Type == BsonType.Int32 ? (int)_bits : throw Mismatch(BsonType.Int32);

    /// <summary>The timestamp (throws for other types).</summary>
    public BsonTimestamp AsTimestamp => Type == BsonType.Timestamp ? BsonTimestamp.FromValue((ulong)_bits) : throw Mismatch(BsonType.Timestamp);

    /// <summary>The int64 (throws for other types).</summary>
    public long AsInt64 => Type == BsonType.Int64 ? _bits : throw Mismatch(BsonType.Int64);

    /// <summary>The decimal128 (throws for other types).</summary>
    public Decimal128 AsDecimal128 => Type == BsonType.Decimal128 ? new Decimal128((ulong)_bits2, (ulong)_bits) : throw Mismatch(BsonType.Decimal128);

    /// <summary>Any numeric value (int32, int64, double, boolean) as an int64; throws for other types.</summary>
    public long ToInt64() => Type switch
    {
        BsonType.Int32 or BsonType.Int64 => _bits,
        BsonType.Double => (long)AsDouble,
        BsonType.Boolean => _bits,
        _ => throw Mismatch(BsonType.Int64),
    };

    /// <summary>Any numeric value (int32, int64, double, boolean) as a double; throws for other types.</summary>
    public double ToDouble() => Type switch
    {
        BsonType.Int32 or BsonType.Int64 or BsonType.Boolean => _bits,
        BsonType.Double => AsDouble,
        _ => throw Mismatch(BsonType.Double),
    };

    /// <summary>MongoDB truthiness for reply fields such as "ok": non-zero numbers and true.</summary>
    public bool IsTruthy() => Type switch
    {
        BsonType.Boolean or BsonType.Int32 or BsonType.Int64 => _bits != 0,
        BsonType.Double => AsDouble != 0,
        BsonType.Null or BsonType.Undefined => false,
        _ => true,
    };

    internal long RawBits => _bits;

    internal object? RawReference => _ref;

    private InvalidCastException Mismatch(BsonType wanted) => new($"BSON value is {Type}, not {wanted}.");
}
