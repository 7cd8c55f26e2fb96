using StudyGraph.Mongo.Core;

namespace StudyGraph.Mongo.Tests.Core;

public sealed class MongoUrlTests
{
    [Fact]
    public void A_replica_set_uri_with_every_supported_option()
    {
        var url = MongoUrl.Parse("mongodb://app%40corp:p%3Ass%2Fw%25rd@Mongo1.example.com:27018,mongo2.example.com,[::1]:27019/studygraph?" +
            "authSource=admin&authMechanism=SCRAM-SHA-256&replicaSet=rs0&tls=true&tlsCAFile=%2Fetc%2Fca.pem&tlsAllowInvalidCertificates=false" +
            "&w=majority&wtimeoutMS=5000&retryWrites=false&retryReads=false&maxPoolSize=20&minPoolSize=2&waitQueueTimeoutMS=1500" +
            "&serverSelectionTimeoutMS=7000&connectTimeoutMS=3000&appName=StudyGraph%20API&maxIdleTimeMS=60000");
        Assert.Equal(["mongo1.example.com:27018", "mongo2.example.com:27017", "[::1]:27019"], url.Hosts.Select(h => h.ToString()));
        Assert.Equal("studygraph", url.Database);
        Assert.Equal(new MongoCredential("app@corp", "p:ss/w%rd", "admin", "SCRAM-SHA-256"), url.Credential);
        Assert.Equal("rs0", url.ReplicaSet);
        Assert.True(url.Tls);
        Assert.Equal("/etc/ca.pem", url.TlsCAFile);
        Assert.False(url.TlsAllowInvalidCertificates);
        Assert.Equal("majority", url.W);
        Assert.Equal(5000, url.WTimeoutMS);
        Assert.False(url.RetryWrites);
        Assert.False(url.RetryReads);
        Assert.Equal((20, 2, 1500, 7000, 3000, 60000), (url.MaxPoolSize, url.MinPoolSize, url.WaitQueueTimeoutMS, url.ServerSelectionTimeoutMS, url.ConnectTimeoutMS, url.MaxIdleTimeMS));
        Assert.Equal("StudyGraph API", url.AppName);
        Assert.False(url.DirectConnection);
    }

    [Fact]
    public void Defaults_follow_the_specification_except_majority_writes()
    {
        var url = MongoUrl.Parse("mongodb://localhost");
        Assert.Equal("localhost:27017", url.Hosts.Single().ToString());
        Assert.Null(url.Credential);
        Assert.Equal("majority", url.W);
        Assert.True(url.RetryWrites);
        Assert.True(url.RetryReads);
        Assert.Equal(100, url.MaxPoolSize);
        Assert.Equal(30_000, url.ServerSelectionTimeoutMS);
        Assert.False(url.Tls);
    }

    [Theory]
    [InlineData("mongodb://u:p@h/db", "db")]
    [InlineData("mongodb://u:p@h/db?authSource=other", "other")]
    [InlineData("mongodb://u:p@h/", "admin")]
    public void Auth_source_defaults_to_the_path_database_then_admin(string uri, string source)
    {
        Assert.Equal(source, MongoUrl.Parse(uri).Credential!.Source);
    }

    [Theory]
    [InlineData("mongodb://h/?ssl=true", true)]
    [InlineData("mongodb://h/?TLS=TRUE", true)]
    [InlineData("mongodb://h/?tlsCAFile=ca.pem", true)]
    [InlineData("mongodb://h/?directConnection=true", false)]
    public void Tls_and_option_names_are_case_insensitive(string uri, bool tls)
    {
        Assert.Equal(tls, MongoUrl.Parse(uri).Tls);
    }

    [Fact]
    public void Unknown_options_are_kept_aside_not_fatal()
    {
        Assert.Equal(["fancyOption"], MongoUrl.Parse("mongodb://h/?fancyOption=1").UnknownOptions);
    }

    [Theory]
    [InlineData("mongodb+srv://cluster0.example.net/", "mongodb+srv:// connection strings are not supported")]
    [InlineData("http://h", "must start with mongodb://")]
    [InlineData("mongodb://", "names no host")]
    [InlineData("mongodb://h:0", "invalid port '0'")]
    [InlineData("mongodb://h:70000", "invalid port '70000'")]
    [InlineData("mongodb://h:abc", "invalid port 'abc'")]
    [InlineData("mongodb://::1", "write it in brackets")]
    [InlineData("mongodb://[::1", "unterminated IPv6")]
    [InlineData("mongodb://us@er:p@h", "must be percent-encoded")]
    [InlineData("mongodb://user:pa:ss@h", "must be percent-encoded")]
    [InlineData("mongodb://:p@h", "empty user name")]
    [InlineData("mongodb://u%zz:p@h", "invalid percent-escape")]
    [InlineData("mongodb://u@h", "needs a password")]
    [InlineData("mongodb://h?w=1", "must follow a '/'")]
    [InlineData("mongodb://h/?w", "has no value")]
    [InlineData("mongodb://h1,h2/?directConnection=true", "exactly one host")]
    [InlineData("mongodb://h/?tls=true&ssl=false", "conflicting")]
    [InlineData("mongodb://h/?maxPoolSize=-1", "maxPoolSize must be at least 0")]
    [InlineData("mongodb://h/?maxPoolSize=5&minPoolSize=6", "minPoolSize (6) is greater than maxPoolSize (5)")]
    [InlineData("mongodb://h/?serverSelectionTimeoutMS=abc", "must be an integer")]
    [InlineData("mongodb://h/?retryWrites=yes", "must be true or false")]
    [InlineData("mongodb://u:p@h/?authMechanism=MONGODB-X509", "not supported")]
    [InlineData("mongodb://h/?authMechanism=SCRAM-SHA-256", "needs a user name")]
    [InlineData("mongodb://h/?readPreference=secondary", "reads from the primary only")]
    [InlineData("mongodb://h/?tls=false&tlsCAFile=ca.pem", "tls=false")]
    [InlineData("mongodb://h/my.db", "not allowed")]
    [InlineData("mongodb:///tmp/mongodb-27017.sock", "names no host")]
    [InlineData("mongodb://%2Ftmp%2Fmongodb-27017.sock", "Unix domain sockets are not supported")]
    [InlineData("mongodb://h/?w=-1", "must not be negative")]
    public void Invalid_connection_strings_are_refused_with_a_clear_message(string uri, string message)
    {
        var ex = Assert.Throws<MongoConfigurationException>(() => MongoUrl.Parse(uri));
        Assert.Contains(message, ex.Message);
    }
}
