namespace StudyGraph.Mongo.Wire;

/// <summary>OP_MSG flag bits.</summary>
[Flags]
public enum OpMsgFlags : uint
{
    /// <summary>No flags.</summary>
    None = 0,
    /// <summary>A CRC-32C checksum follows the sections (tolerated on read, never written).</summary>
    ChecksumPresent = 1,
    /// <summary>The sender will send another message without waiting for a reply.</summary>
    MoreToCome = 2,
    /// <summary>The client accepts exhaust replies.</summary>
    ExhaustAllowed = 1 << 16,
}
