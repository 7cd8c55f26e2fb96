using StudyGraph.Mongo.Bson;
using StudyGraph.Mongo.Core;

namespace StudyGraph.Mongo.Wire;

public sealed partial class MongoConnection
{
    private async Task HandshakeAsync(CancellationToken ct)
    {
        var hello = new BsonDocument
        {
            { "hello", 1 },
            { "helloOk", true },
            { "client", ClientMetadata.Build(_settings.AppName) },
            { "compression", new BsonArray() },
        };
        var credential = _settings.Credential;
        if (credential is not null && credential.Mechanism is null) hello.Add("saslSupportedMechs", credential.Source + "." + credential.Username);
        hello.Add("$db", "admin");
        Hello = new HelloReply(await RunCommandAsync(new OpMsg(hello), ct).ConfigureAwait(false));
        if (credential is not null) await AuthenticateAsync(credential, ct).ConfigureAwait(false);
    }

    private async Task AuthenticateAsync(MongoCredential credential, CancellationToken ct)
    {
        var mechanism = ScramMechanism.FromName(credential.Mechanism)
            ?? (Hello.SaslSupportedMechs is { } mechs && !mechs.Contains("SCRAM-SHA-256") ? ScramMechanism.Sha1 : ScramMechanism.Sha256);
        string prepared;
        try
        {
            prepared = ScramConversation.PreparePassword(mechanism, credential.Username, credential.Password);
        }
        catch (ArgumentException ex)
        {
            throw new MongoAuthenticationException(ex.Message, ex);
        }
        var scram = new ScramConversation(mechanism, credential.Username, prepared);
        try
        {
            var start = new BsonDocument
            {
                { "saslStart", 1 },
                { "mechanism", mechanism.Name },
                { "payload", new BsonBinary(BsonBinarySubType.Generic, System.Text.Encoding.UTF8.GetBytes(scram.ClientFirstMessage)) },
                { "autoAuthorize", 1 },
                { "options", new BsonDocument("skipEmptyExchange", true) },
                { "$db", credential.Source },
            };
            var reply = await RunCommandAsync(new OpMsg(start), ct).ConfigureAwait(false);
            var final = scram.ClientFinalMessage(Payload(reply));
            reply = await RunCommandAsync(new OpMsg(Continue(reply, final, credential.Source)), ct).ConfigureAwait(false);
            scram.VerifyServerFinal(Payload(reply));
            if (!reply.GetValueOrDefault("done", false).IsTruthy())
            {
                reply = await RunCommandAsync(new OpMsg(Continue(reply, "", credential.Source)), ct).ConfigureAwait(false);
                if (!reply.GetValueOrDefault("done", false).IsTruthy()) throw new MongoAuthenticationException("SCRAM conversation did not finish.");
            }
        }
        catch (MongoCommandException ex)
        {
            throw new MongoAuthenticationException($"Authentication of '{credential.Username}' on '{credential.Source}' with {mechanism.Name} failed: {ex.ServerMessage} (code {ex.Code}).", ex);
        }
    }

    private static BsonDocument Continue(BsonDocument reply, string payload, string db) => new()
    {
        { "saslContinue", 1 },
        { "conversationId", reply.GetValueOrDefault("conversationId", 1) },
        { "payload", new BsonBinary(BsonBinarySubType.Generic, System.Text.Encoding.UTF8.GetBytes(payload)) },
        { "$db", db },
    };

    private static string Payload(BsonDocument reply) =>
        reply.TryGetValue("payload", out var p) && p.Type == BsonType.Binary
            ? System.Text.Encoding.UTF8.GetString(p.AsBinary.Span)
            : throw new MongoAuthenticationException("SCRAM reply has no binary payload.");
}
