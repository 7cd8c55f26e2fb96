using StudyGraph.Mongo.Core;
using StudyGraph.Mongo.Wire;

namespace StudyGraph.Mongo.Tests.Wire;

public sealed class ScramTests
{
    [Fact]
    public void Rfc5802_sha1_vector()
    {
        var scram = new ScramConversation(ScramMechanism.Sha1, "user", "pencil", "fyko+d2lbbFgONRv9qkxdawL");
        Assert.Equal("n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL", scram.ClientFirstMessage);
        var final = scram.ClientFinalMessage("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096");
        Assert.Equal("c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=", final);
        scram.VerifyServerFinal("v=rmF9pqV8S7suAoZWja4dJRkFsKQ=");
    }

    [Fact]
    public void Rfc7677_sha256_vector()
    {
        var scram = new ScramConversation(ScramMechanism.Sha256, "user", "pencil", "rOprNGfwEbeRWgbNEkqO");
        Assert.Equal("n,,n=user,r=rOprNGfwEbeRWgbNEkqO", scram.ClientFirstMessage);
        var final = scram.ClientFinalMessage("r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096");
        Assert.Equal("c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=", final);
        scram.VerifyServerFinal("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=");
    }

    [Fact]
    public void A_wrong_server_signature_is_refused()
    {
        var scram = new ScramConversation(ScramMechanism.Sha256, "user", "pencil", "rOprNGfwEbeRWgbNEkqO");
        scram.ClientFinalMessage("r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096");
        var ex = Assert.Throws<MongoAuthenticationException>(() => scram.VerifyServerFinal("v=AAAATRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4="));
        Assert.Contains("server signature is wrong", ex.Message);
    }

    [Theory]
    [InlineData("r=someoneElsesNonce,s=QSXCR+Q6sek8bf92,i=4096", "does not extend")]
    [InlineData("r=fyko+d2lbbFgONRv9qkxdawLxyz,s=QSXCR+Q6sek8bf92,i=1000", "below 4096")]
    [InlineData("r=fyko+d2lbbFgONRv9qkxdawLxyz,i=4096", "no 's'")]
    [InlineData("m=ext,r=fyko+d2lbbFgONRv9qkxdawLxyz,s=QSXCR+Q6sek8bf92,i=4096", "extension")]
    public void Malformed_server_first_messages_are_refused(string serverFirst, string reason)
    {
        var scram = new ScramConversation(ScramMechanism.Sha1, "user", "pencil", "fyko+d2lbbFgONRv9qkxdawL");
        var ex = Assert.Throws<MongoAuthenticationException>(() => scram.ClientFinalMessage(serverFirst));
        Assert.Contains(reason, ex.Message);
    }

    [Fact]
    public void User_names_escape_comma_and_equals()
    {
        var scram = new ScramConversation(ScramMechanism.Sha256, "a=b,c", "p", "nonce");
        Assert.Equal("n=a=3Db=2Cc,r=nonce", scram.ClientFirstBare);
    }

    [Fact]
    public void Mongodb_sha1_feeds_the_md5_digest_of_user_mongo_password()
    {
        // MD5("user:mongo:pencil"): MongoDB's SCRAM-SHA-1 hashes the password this way before PBKDF2.
        Assert.Equal("1c33006ec1ffd90f9cadcbcc0e118200", ScramConversation.PreparePassword(ScramMechanism.Sha1, "user", "pencil"));
        Assert.Equal("pencil", ScramConversation.PreparePassword(ScramMechanism.Sha256, "user", "pencil"));
    }

    [Theory]
    [InlineData("user", "user")]
    [InlineData("USER", "USER")]
    [InlineData("I\u00ADX", "IX")]
    [InlineData("a\u00A0b", "a b")]
    public void SaslPrep_maps_as_rfc4013_says(string input, string expected)
    {
        Assert.Equal(expected, SaslPrep.Prepare(input));
    }

    [Theory]
    [InlineData("\u0007")]
    [InlineData("a\u0000b")]
    public void SaslPrep_refuses_prohibited_characters(string input)
    {
        Assert.Throws<ArgumentException>(() => SaslPrep.Prepare(input));
    }
}
