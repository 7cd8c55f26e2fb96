using StudyGraph.Redis.Tests.Support;

namespace StudyGraph.Redis.Tests.Connections;

public class RedisTlsTests
{
    private static Task<RedisServerProcess> StartTlsServer(SelfSignedCertificate cert, params string[] extra) =>
        RedisServerProcess.StartAsync(RedisServerProcess.FreePort(), tls: true,
            ["--tls-cert-file", cert.CertFile, "--tls-key-file", cert.KeyFile, "--tls-ca-cert-file", cert.CertFile, "--tls-auth-clients", "no", .. extra]);

    [RequiresRedisServerFact(tls: true)]
    public async Task Tls_with_a_trusted_self_signed_certificate_carries_auth_commands_and_pubsub()
    {
        using var cert = SelfSignedCertificate.Create();
        await using var server = await StartTlsServer(cert, "--requirepass", "tls-pass");
        var options = server.Options(o => { o.TrustedCertificate = cert.Certificate; o.Password = "tls-pass"; o.SslHost = "localhost"; });

        await using var publisher = await RedisCommandConnection.ConnectAsync(options);
        await using var subscriber = await RedisSubscriber.ConnectAsync(options);
        await using var subscription = await subscriber.SubscribeAsync("secure");
        await publisher.PublishAsync("secure", "over tls"u8.ToArray());

        var message = (await Eventually.TakeAsync(subscription.ReadAllAsync(), 1))[0];
        Assert.Equal("over tls"u8.ToArray(), message.Payload.ToArray());
        // The server listens on its TLS port only: the plain port is 0.
        Assert.Equal("0", (await publisher.ExecuteAsync("CONFIG", "GET", "port")).Items[1].AsString());
        Assert.Equal(server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), (await publisher.ExecuteAsync("CONFIG", "GET", "tls-port")).Items[1].AsString());
    }

    [RequiresRedisServerFact(tls: true)]
    public async Task An_untrusted_certificate_fails_the_connection_with_a_tls_message()
    {
        using var cert = SelfSignedCertificate.Create();
        await using var server = await StartTlsServer(cert);

        var error = await Assert.ThrowsAsync<RedisConnectionException>(() => RedisCommandConnection.ConnectAsync(server.Options()));

        Assert.Contains("TLS handshake failed", error.Message, StringComparison.Ordinal);
        Assert.Contains($"127.0.0.1:{server.Port}", error.Message, StringComparison.Ordinal);
    }

    [RequiresRedisServerFact(tls: true)]
    public async Task A_certificate_for_another_host_name_is_refused_even_when_its_issuer_is_trusted()
    {
        using var cert = SelfSignedCertificate.Create();
        await using var server = await StartTlsServer(cert);

        var error = await Assert.ThrowsAsync<RedisConnectionException>(() =>
            RedisCommandConnection.ConnectAsync(server.Options(o => { o.TrustedCertificate = cert.Certificate; o.SslHost = "redis.elsewhere.example"; })));

        Assert.Contains("TLS handshake failed", error.Message, StringComparison.Ordinal);
    }
}
