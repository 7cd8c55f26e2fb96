namespace StudyGraph.Redis;

/// <summary>The kind of a RESP2/RESP3 value, named after its type prefix byte.</summary>
public enum RespType
{
    /// <summary><c>+</c> a simple string.</summary>
    SimpleString,
    /// <summary><c>-</c> a simple error.</summary>
    Error,
    /// <summary><c>:</c> a 64-bit integer.</summary>
    Integer,
    /// <summary><c>$</c> a binary-safe bulk string (RESP2 null when <see cref="RespValue.IsNull"/>).</summary>
    BulkString,
    /// <summary><c>*</c> an array (RESP2 null when <see cref="RespValue.IsNull"/>).</summary>
    Array,
    /// <summary><c>_</c> the RESP3 null.</summary>
    Null,
    /// <summary><c>%</c> a RESP3 map; items alternate key, value.</summary>
    Map,
    /// <summary><c>~</c> a RESP3 set.</summary>
    Set,
    /// <summary><c>,</c> a RESP3 double.</summary>
    Double,
    /// <summary><c>#</c> a RESP3 boolean.</summary>
    Boolean,
    /// <summary><c>(</c> a RESP3 big number, kept as its decimal text.</summary>
    BigNumber,
    /// <summary><c>=</c> a RESP3 verbatim string with a three-letter format.</summary>
    VerbatimString,
    /// <summary><c>!</c> a RESP3 binary-safe error.</summary>
    BlobError,
    /// <summary><c>&gt;</c> a RESP3 out-of-band push frame.</summary>
    Push,
}
