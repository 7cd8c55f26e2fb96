namespace StudyGraph.Mongo.Bson;

/// <summary>
/// One BSON value: a small discriminated struct. Scalars live inline; strings, documents, arrays, binaries and
/// the rarer types are held by reference.
/// </summary>
public readonly partial struct BsonValue
{
    private readonly long _bits;
    private readonly long _bits2;
    private readonly object? _ref;

    private BsonValue(BsonType type, long bits = 0, long bits2 = 0, object? reference = null)
    {
        _type = type;
        _bits = bits;
        _bits2 = bits2;
        _ref = reference;
    }

    /// <summary>The BSON type. The default value of the struct is <see cref="BsonType.Null"/>.</summary>
    public BsonType Type => _type == 0 ? BsonType.Null : _type;

    private readonly BsonType _type;

    /// <summary>The null value.</summary>
    public static BsonValue Null => new(BsonType.Null);

    /// <summary>The deprecated undefined value.</summary>
    public static BsonValue Undefined => new(BsonType.Undefined);

    /// <summary>MinKey.</summary>
    public static BsonValue MinKey => new(BsonType.MinKey);

    /// <summary>MaxKey.</summary>
    public static BsonValue MaxKey => new(BsonType.MaxKey);

    /// <summary>A double.</summary>
    public static BsonValue FromDouble(double value) => new(BsonType.Double, BitConverter.DoubleToInt64Bits(value));

    /// <summary>A string.</summary>
    public static BsonValue FromString(string value) => new(BsonType.String, reference: value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>An embedded document.</summary>
    public static BsonValue FromDocument(BsonDocument value) => new(BsonType.Document, reference: value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>An array.</summary>
    public static BsonValue FromArray(BsonArray value) => new(BsonType.Array, reference: value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>Binary data.</summary>
    public static BsonValue FromBinary(BsonBinary value) => new(BsonType.Binary, reference: value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>A UUID (binary subtype 4, standard byte order).</summary>
    public static BsonValue FromGuid(Guid value) => FromBinary(BsonBinary.FromGuid(value));

    /// <summary>An ObjectId.</summary>
    public static BsonValue FromObjectId(ObjectId value) => new(BsonType.ObjectId, (long)(((ulong)value.A << 32) | value.B), value.C);

    /// <summary>A boolean.</summary>
    public static BsonValue FromBoolean(bool value) => new(BsonType.Boolean, value ? 1 : 0);

    /// <summary>A UTC datetime from milliseconds since the Unix epoch.</summary>
    public static BsonValue FromDateTimeMilliseconds(long milliseconds) => new(BsonType.DateTime, milliseconds);

    /// <summary>A UTC datetime (truncated to milliseconds).</summary>
    public static BsonValue FromDateTime(DateTimeOffset value) => FromDateTimeMilliseconds(value.ToUnixTimeMilliseconds());

    /// <summary>A regular expression.</summary>
    public static BsonValue FromRegularExpression(BsonRegularExpression value) => new(BsonType.RegularExpression, reference: value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>A deprecated DBPointer.</summary>
    public static BsonValue FromDbPointer(BsonDbPointer value) => new(BsonType.DbPointer, reference: value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>JavaScript code.</summary>
    public static BsonValue FromJavaScript(string code) => new(BsonType.JavaScript, reference: code ?? throw new ArgumentNullException(nameof(code)));

    /// <summary>A deprecated symbol.</summary>
    public static BsonValue FromSymbol(string symbol) => new(BsonType.Symbol, reference: symbol ?? throw new ArgumentNullException(nameof(symbol)));

    /// <summary>Deprecated JavaScript code with scope.</summary>
    public static BsonValue FromJavaScriptWithScope(BsonJavaScriptWithScope value) => new(BsonType.JavaScriptWithScope, reference: value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>A 32-bit integer.</summary>
    public static BsonValue FromInt32(int value) => new(BsonType.Int32, value);

    /// <summary>A timestamp.</summary>
    public static BsonValue FromTimestamp(BsonTimestamp value) => new(BsonType.Timestamp, (long)value.Value);

    /// <summary>A 64-bit integer.</summary>
    public static BsonValue FromInt64(long value) => new(BsonType.Int64, value);

    /// <summary>A decimal128.</summary>
    public static BsonValue FromDecimal128(Decimal128 value) => new(BsonType.Decimal128, (long)value.Low, (long)value.High);

    /// <summary>Implicit int32.</summary>
    public static implicit operator BsonValue(int value) => FromInt32(value);

    /// <summary>Implicit int64.</summary>
    public static implicit operator BsonValue(long value) => FromInt64(value);

    /// <summary>Implicit double.</summary>
    public static implicit operator BsonValue(double value) => FromDouble(value);

    /// <summary>Implicit boolean.</summary>
    public static implicit operator BsonValue(bool value) => FromBoolean(value);

    /// <summary>Implicit string (null becomes BSON null).</summary>
    public static implicit operator BsonValue(string? value) => value is null ? Null : FromString(value);

    /// <summary>Implicit document (null becomes BSON null).</summary>
    public static implicit operator BsonValue(BsonDocument? value) => value is null ? Null : FromDocument(value);

    /// <summary>Implicit array (null becomes BSON null).</summary>
    public static implicit operator BsonValue(BsonArray? value) => value is null ? Null : FromArray(value);

    /// <summary>Implicit binary (null becomes BSON null).</summary>
    public static implicit operator BsonValue(BsonBinary? value) => value is null ? Null : FromBinary(value);

    /// <summary>Implicit ObjectId.</summary>
    public static implicit operator BsonValue(ObjectId value) => FromObjectId(value);

    /// <summary>Implicit decimal128.</summary>
    public static implicit operator BsonValue(Decimal128 value) => FromDecimal128(value);

    /// <summary>Implicit timestamp.</summary>
    public static implicit operator BsonValue(BsonTimestamp value) => FromTimestamp(value);

    /// <summary>Implicit UTC datetime.</summary>
    public static implicit operator BsonValue(DateTimeOffset value) => FromDateTime(value);

    /// <summary>Implicit UUID (binary subtype 4).</summary>
    public static implicit operator BsonValue(Guid value) => FromGuid(value);

    /// <summary>Implicit regular expression.</summary>
    public static implicit operator BsonValue(BsonRegularExpression value) => FromRegularExpression(value);
}
