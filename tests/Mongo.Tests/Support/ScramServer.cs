using System.Security.Cryptography;
using System.Text;
using StudyGraph.Mongo.Bson;

namespace StudyGraph.Mongo.Tests.Support;

/// <summary>
/// The server side of SCRAM-SHA-256 for the capture server, written from RFC 5802 independently of the client:
/// it checks the client proof and answers with its signature.
/// </summary>
public sealed class ScramServer(string user, string password)
{
    private readonly byte[] _salt = RandomNumberGenerator.GetBytes(16);
    private string _clientFirstBare = "";
    private string _serverFirst = "";
    private string _nonce = "";

    public bool Authenticated { get; private set; }

    public BsonDocument? Handle(CapturedCommand cmd)
    {
        if (cmd.Name == "saslStart")
        {
            Assert.Equal("SCRAM-SHA-256", cmd.Body["mechanism"].AsString);
            var clientFirst = Encoding.UTF8.GetString(cmd.Body["payload"].AsBinary.Span);
            Assert.StartsWith("n,,", clientFirst);
            _clientFirstBare = clientFirst[3..];
            var parts = _clientFirstBare.Split(',');
            Assert.Equal("n=" + user, parts[0]);
            _nonce = parts[1][2..] + "SERVERNONCE";
            _serverFirst = $"r={_nonce},s={Convert.ToBase64String(_salt)},i=4096";
            return Reply(1, _serverFirst, false);
        }
        if (cmd.Name == "saslContinue")
        {
            var final = Encoding.UTF8.GetString(cmd.Body["payload"].AsBinary.Span);
            if (final.Length == 0) return Reply(1, "", true);
            var withoutProof = final[..final.LastIndexOf(",p=", StringComparison.Ordinal)];
            var proof = Convert.FromBase64String(final[(final.LastIndexOf(",p=", StringComparison.Ordinal) + 3)..]);
            Assert.Equal($"c=biws,r={_nonce}", withoutProof);
            var salted = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), _salt, 4096, HashAlgorithmName.SHA256, 32);
            var auth = Encoding.UTF8.GetBytes(_clientFirstBare + "," + _serverFirst + "," + withoutProof);
            var storedKey = SHA256.HashData(HMACSHA256.HashData(salted, "Client Key"u8.ToArray()));
            var signature = HMACSHA256.HashData(storedKey, auth);
            var clientKey = proof.Select((b, i) => (byte)(b ^ signature[i])).ToArray();
            if (!SHA256.HashData(clientKey).SequenceEqual(storedKey))
                return new BsonDocument { { "ok", 0.0 }, { "code", 18 }, { "codeName", "AuthenticationFailed" }, { "errmsg", "Authentication failed." } };
            Authenticated = true;
            var serverSignature = HMACSHA256.HashData(HMACSHA256.HashData(salted, "Server Key"u8.ToArray()), auth);
            return Reply(1, "v=" + Convert.ToBase64String(serverSignature), true);
        }
        return null;
    }

    private static BsonDocument Reply(int conversationId, string payload, bool done) => new()
    {
        { "conversationId", conversationId },
        { "done", done },
        { "payload", new BsonBinary(BsonBinarySubType.Generic, Encoding.UTF8.GetBytes(payload)) },
        { "ok", 1.0 },
    };
}
