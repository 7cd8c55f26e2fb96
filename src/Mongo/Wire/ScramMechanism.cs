using System.Security.Cryptography;

namespace StudyGraph.Mongo.Wire;

/// <summary>The two SCRAM variants MongoDB supports, with their hash functions.</summary>
public sealed class ScramMechanism
{
    private ScramMechanism(string name, HashAlgorithmName hash, int hashSize)
    {
        Name = name;
        Hash = hash;
        HashSize = hashSize;
    }

    /// <summary>SCRAM-SHA-1 (RFC 5802). MongoDB hashes the password as MD5("user:mongo:password") first.</summary>
    public static ScramMechanism Sha1 { get; } = new("SCRAM-SHA-1", HashAlgorithmName.SHA1, 20);

    /// <summary>SCRAM-SHA-256 (RFC 7677). The password is SASLprepped.</summary>
    public static ScramMechanism Sha256 { get; } = new("SCRAM-SHA-256", HashAlgorithmName.SHA256, 32);

    /// <summary>The SASL mechanism name.</summary>
    public string Name { get; }

    internal HashAlgorithmName Hash { get; }

    internal int HashSize { get; }

    internal byte[] Hmac(byte[] key, byte[] data) => Hash == HashAlgorithmName.SHA1 ? HMACSHA1.HashData(key, data) : HMACSHA256.HashData(key, data);

    internal byte[] H(byte[] data) => Hash == HashAlgorithmName.SHA1 ? SHA1.HashData(data) : SHA256.HashData(data);

    /// <summary>The mechanism for a name, or null.</summary>
    public static ScramMechanism? FromName(string? name) => name switch
    {
        "SCRAM-SHA-1" => Sha1,
        "SCRAM-SHA-256" => Sha256,
        _ => null,
    };
}
