namespace StudyGraph.Mongo.Bson;

/// <summary>The BSON element type bytes (bsonspec.org 1.1).</summary>
public enum BsonType : byte
{
    /// <summary>64-bit IEEE 754 binary floating point.</summary>
    Double = 0x01,
    /// <summary>UTF-8 string.</summary>
    String = 0x02,
    /// <summary>Embedded document.</summary>
    Document = 0x03,
    /// <summary>Array (a document keyed "0", "1", ...).</summary>
    Array = 0x04,
    /// <summary>Binary data with a subtype.</summary>
    Binary = 0x05,
    /// <summary>Deprecated undefined value (decoded only).</summary>
    Undefined = 0x06,
    /// <summary>12-byte ObjectId.</summary>
    ObjectId = 0x07,
    /// <summary>Boolean.</summary>
    Boolean = 0x08,
    /// <summary>UTC datetime: int64 milliseconds since the Unix epoch.</summary>
    DateTime = 0x09,
    /// <summary>Null.</summary>
    Null = 0x0A,
    /// <summary>Regular expression (pattern and sorted options).</summary>
    RegularExpression = 0x0B,
    /// <summary>Deprecated DBPointer (namespace and ObjectId).</summary>
    DbPointer = 0x0C,
    /// <summary>JavaScript code.</summary>
    JavaScript = 0x0D,
    /// <summary>Deprecated symbol.</summary>
    Symbol = 0x0E,
    /// <summary>Deprecated JavaScript code with scope.</summary>
    JavaScriptWithScope = 0x0F,
    /// <summary>32-bit signed integer.</summary>
    Int32 = 0x10,
    /// <summary>Internal MongoDB timestamp (increment and seconds).</summary>
    Timestamp = 0x11,
    /// <summary>64-bit signed integer.</summary>
    Int64 = 0x12,
    /// <summary>IEEE 754-2008 128-bit decimal (BID encoding).</summary>
    Decimal128 = 0x13,
    /// <summary>Compares lower than every other value.</summary>
    MinKey = 0xFF,
    /// <summary>Compares higher than every other value.</summary>
    MaxKey = 0x7F,
}
