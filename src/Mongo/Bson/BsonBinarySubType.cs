namespace StudyGraph.Mongo.Bson;

/// <summary>Well-known binary subtypes; any byte value is allowed on the wire.</summary>
public enum BsonBinarySubType : byte
{
    /// <summary>Generic binary.</summary>
    Generic = 0x00,
    /// <summary>Function.</summary>
    Function = 0x01,
    /// <summary>Old binary: the payload carries its own int32 length prefix on the wire.</summary>
    OldBinary = 0x02,
    /// <summary>Old UUID (driver-specific byte order).</summary>
    UuidLegacy = 0x03,
    /// <summary>UUID in the standard RFC 4122 byte order.</summary>
    Uuid = 0x04,
    /// <summary>MD5 digest.</summary>
    Md5 = 0x05,
    /// <summary>Encrypted BSON value.</summary>
    Encrypted = 0x06,
    /// <summary>Compressed BSON column.</summary>
    Column = 0x07,
    /// <summary>Sensitive data.</summary>
    Sensitive = 0x08,
    /// <summary>Vector.</summary>
    Vector = 0x09,
    /// <summary>Start of the user-defined range.</summary>
    UserDefined = 0x80,
}
