namespace StudyGraph.Redis.Tests.Configuration;

public class RedisOptionsTests
{
    [Fact]
    public void StackExchange_style_string_sets_every_option()
    {
        var o = RedisOptions.Parse("cache.internal:6380, password=p@ss=word ,user=alice,ssl=true,defaultDatabase=2,connectTimeout=1500,abortConnect=false,channelPrefix=sg:,name=api-1,keepAlive=30,protocol=resp3,sslHost=redis.example");

        Assert.Equal(("cache.internal", 6380), (o.Host, o.Port));
        Assert.Equal(("alice", "p@ss=word"), (o.User, o.Password));
        Assert.True(o.Ssl);
        Assert.Equal(2, o.DefaultDatabase);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), o.ConnectTimeout);
        Assert.False(o.AbortOnConnectFail);
        Assert.Equal("sg:", o.ChannelPrefix);
        Assert.Equal("api-1", o.ClientName);
        Assert.Equal(TimeSpan.FromSeconds(30), o.KeepAlive);
        Assert.Equal(3, o.Protocol);
        Assert.Equal("redis.example", o.SslHost);
    }

    [Fact]
    public void A_bare_host_gets_the_default_port_and_defaults()
    {
        var o = RedisOptions.Parse("localhost");

        Assert.Equal(("localhost", 6379, 0, false, true, 2), (o.Host, o.Port, o.DefaultDatabase, o.Ssl, o.AbortOnConnectFail, o.Protocol));
        Assert.Null(o.Password);
    }

    [Fact]
    public void Bracketed_ipv6_endpoint()
    {
        var o = RedisOptions.Parse("[::1]:7000");

        Assert.Equal(("::1", 7000, "[::1]:7000"), (o.Host, o.Port, o.EndPoint));
    }

    [Theory]
    [InlineData("redis://h:1234/3", null, null, "h", 1234, 3, false)]
    [InlineData("redis://alice:s%40cret@h:1234/3", "alice", "s@cret", "h", 1234, 3, false)]
    [InlineData("redis://:onlypass@h", null, "onlypass", "h", 6379, 0, false)]
    [InlineData("rediss://bob:pw@secure.example:6390", "bob", "pw", "secure.example", 6390, 0, true)]
    [InlineData("redis://h/", null, null, "h", 6379, 0, false)]
    public void Uri_form(string text, string? user, string? password, string host, int port, int db, bool ssl)
    {
        var o = RedisOptions.Parse(text);

        Assert.Equal((user, password, host, port, db, ssl), (o.User, o.Password, o.Host, o.Port, o.DefaultDatabase, o.Ssl));
    }

    [Fact]
    public void Uri_query_carries_the_other_options()
    {
        var o = RedisOptions.Parse("redis://h:1/0?channelPrefix=app%3A&abortConnect=false");

        Assert.Equal("app:", o.ChannelPrefix);
        Assert.False(o.AbortOnConnectFail);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("password=x", "names no endpoint")]
    [InlineData("h:notaport", "invalid port 'notaport'")]
    [InlineData("h:70000", "invalid port '70000'")]
    [InlineData("a:1,b:2", "more than one endpoint ('b:2')")]
    [InlineData("h,ssl=yes", "option 'ssl' must be true or false, got 'yes'")]
    [InlineData("h,defaultDatabase=-1", "option 'defaultDatabase' must be a whole number of at least 0, got '-1'")]
    [InlineData("h,connectTimeout=soon", "option 'connectTimeout' must be a whole number milliseconds")]
    [InlineData("h,colour=blue", "unknown option 'colour'")]
    [InlineData("h,protocol=4", "option 'protocol' must be resp2 or resp3")]
    [InlineData("redis://h/db1", "the database '/db1' in the URI is not a number")]
    [InlineData("redis://h?ssl", "URI query part 'ssl' has no value")]
    [InlineData("[::1:80", "unclosed '['")]
    public void Bad_strings_are_rejected_naming_the_bad_part(string text, string expected)
    {
        Assert.False(RedisOptions.TryParse(text, out var options, out var error));
        Assert.Null(options);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Contains(expected, Assert.Throws<ArgumentException>(() => RedisOptions.Parse(text)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rendering_masks_the_password()
    {
        var text = RedisOptions.Parse("h:1,password=topsecret,user=u,defaultDatabase=4").ToString();

        Assert.DoesNotContain("topsecret", text, StringComparison.Ordinal);
        Assert.Equal("h:1,user=u,password=*****,defaultDatabase=4", text);
    }

    [Fact]
    public void A_bad_uri_message_does_not_leak_the_password()
    {
        Assert.False(RedisOptions.TryParse("redis://u:hunter2@/x", out _, out var error));

        Assert.DoesNotContain("hunter2", error, StringComparison.Ordinal);
    }
}
