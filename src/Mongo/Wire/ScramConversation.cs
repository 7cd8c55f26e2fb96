using System.Security.Cryptography;
using System.Text;
using StudyGraph.Mongo.Core;

namespace StudyGraph.Mongo.Wire;

/// <summary>
/// The client side of one SCRAM exchange (RFC 5802 / RFC 7677) without channel binding: client-first,
/// client-final with proof, and verification of the server signature. Transport-free so the RFC test vectors
/// can drive it; the nonce is injectable for the same reason.
/// </summary>
public sealed class ScramConversation
{
    private readonly ScramMechanism _mechanism;
    private readonly string _username;
    private readonly string _password;
    private readonly string _clientNonce;
    private string? _authMessage;
    private byte[]? _serverSignature;

    /// <summary>Starts a conversation. <paramref name="preparedPassword"/> is the password as the mechanism hashes it.</summary>
    public ScramConversation(ScramMechanism mechanism, string username, string preparedPassword, string? clientNonce = null)
    {
        _mechanism = mechanism;
        _username = username;
        _password = preparedPassword;
        _clientNonce = clientNonce ?? Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));
    }

    /// <summary>The password MongoDB feeds to SCRAM for <paramref name="mechanism"/>: MD5 digest for SHA-1, SASLprep for SHA-256.</summary>
    public static string PreparePassword(ScramMechanism mechanism, string username, string password)
    {
        if (mechanism == ScramMechanism.Sha1)
        {
#pragma warning disable CA5351 // MongoDB's SCRAM-SHA-1 is defined over this MD5 digest; it is not used for security on its own.
            return Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes($"{username}:mongo:{password}")));
#pragma warning restore CA5351
        }
        return SaslPrep.Prepare(password);
    }

    /// <summary>The client-first-message bare part ("n=user,r=nonce").</summary>
    public string ClientFirstBare => $"n={EscapeName(_username)},r={_clientNonce}";

    /// <summary>The full client-first message (GS2 header "n,," plus the bare part).</summary>
    public string ClientFirstMessage => "n,," + ClientFirstBare;

    /// <summary>Builds the client-final message from the server-first message.</summary>
    /// <exception cref="MongoAuthenticationException">The server-first message is malformed or its nonce does not extend ours.</exception>
    public string ClientFinalMessage(string serverFirst)
    {
        var fields = Parse(serverFirst);
        if (fields.ContainsKey('m')) throw new MongoAuthenticationException("SCRAM server-first message asks for an unsupported extension.");
        var nonce = Get(fields, 'r', serverFirst);
        if (!nonce.StartsWith(_clientNonce, StringComparison.Ordinal) || nonce.Length == _clientNonce.Length)
            throw new MongoAuthenticationException("SCRAM server nonce does not extend the client nonce.");
        byte[] salt;
        try
        {
            salt = Convert.FromBase64String(Get(fields, 's', serverFirst));
        }
        catch (FormatException ex)
        {
            throw new MongoAuthenticationException("SCRAM salt is not base64.", ex);
        }
        if (!int.TryParse(Get(fields, 'i', serverFirst), out var iterations) || iterations < 4096)
            throw new MongoAuthenticationException("SCRAM iteration count is missing or below 4096.");

        var salted = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(_password), salt, iterations, _mechanism.Hash, _mechanism.HashSize);
        var clientKey = _mechanism.Hmac(salted, "Client Key"u8.ToArray());
        var storedKey = _mechanism.H(clientKey);
        var withoutProof = "c=biws,r=" + nonce;
        _authMessage = ClientFirstBare + "," + serverFirst + "," + withoutProof;
        var clientSignature = _mechanism.Hmac(storedKey, Encoding.UTF8.GetBytes(_authMessage));
        var proof = new byte[clientKey.Length];
        for (var i = 0; i < proof.Length; i++) proof[i] = (byte)(clientKey[i] ^ clientSignature[i]);
        var serverKey = _mechanism.Hmac(salted, "Server Key"u8.ToArray());
        _serverSignature = _mechanism.Hmac(serverKey, Encoding.UTF8.GetBytes(_authMessage));
        return withoutProof + ",p=" + Convert.ToBase64String(proof);
    }

    /// <summary>Checks the server-final message ("v=signature"); throws when the server did not prove it knows the password.</summary>
    /// <exception cref="MongoAuthenticationException">The server reported an error or its signature is wrong.</exception>
    public void VerifyServerFinal(string serverFinal)
    {
        if (_serverSignature is null) throw new InvalidOperationException("ClientFinalMessage must come first.");
        var fields = Parse(serverFinal);
        if (fields.TryGetValue('e', out var error)) throw new MongoAuthenticationException($"SCRAM server error: {error}.");
        byte[] signature;
        try
        {
            signature = Convert.FromBase64String(Get(fields, 'v', serverFinal));
        }
        catch (FormatException ex)
        {
            throw new MongoAuthenticationException("SCRAM server signature is not base64.", ex);
        }
        if (!CryptographicOperations.FixedTimeEquals(signature, _serverSignature))
            throw new MongoAuthenticationException("SCRAM server signature is wrong: the server does not know the password.");
    }

    private static string EscapeName(string name) => name.Replace("=", "=3D", StringComparison.Ordinal).Replace(",", "=2C", StringComparison.Ordinal);

    private static Dictionary<char, string> Parse(string message)
    {
        var d = new Dictionary<char, string>();
        foreach (var part in message.Split(','))
        {
            if (part.Length < 2 || part[1] != '=') throw new MongoAuthenticationException($"SCRAM message part '{part}' is malformed.");
            d[part[0]] = part[2..];
        }
        return d;
    }

    private static string Get(Dictionary<char, string> d, char key, string message) =>
        d.TryGetValue(key, out var v) ? v : throw new MongoAuthenticationException($"SCRAM message '{message}' has no '{key}' attribute.");
}
