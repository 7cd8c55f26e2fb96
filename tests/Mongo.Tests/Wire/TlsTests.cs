using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using StudyGraph.Mongo.Bson;
using StudyGraph.Mongo.Core;
using StudyGraph.Mongo.Tests.Support;

namespace StudyGraph.Mongo.Tests.Wire;

public sealed class TlsTests : IDisposable
{
    private readonly X509Certificate2 _certificate = SelfSigned();
    private readonly string _caFile = Path.Combine(Path.GetTempPath(), $"studygraph-ca-{Guid.NewGuid():N}.pem");

    public TlsTests() => File.WriteAllText(_caFile, _certificate.ExportCertificatePem());

    public void Dispose()
    {
        File.Delete(_caFile);
        _certificate.Dispose();
    }

    [Fact]
    public async Task Tls_with_the_servers_ca_file_connects_and_runs_commands()
    {
        await using var server = new CaptureServer(tlsCertificate: _certificate);
        await using var client = new MongoClient($"mongodb://{server.Address}/?directConnection=true&tls=true&tlsCAFile={Uri.EscapeDataString(_caFile)}");
        var reply = await client.RunCommandAsync("admin", new BsonDocument("ping", 1));
        Assert.True(reply["ok"].IsTruthy());
        Assert.Contains(server.Commands, c => c.Name == "ping");
    }

    [Fact]
    public async Task Tls_allow_invalid_certificates_accepts_an_untrusted_server()
    {
        await using var server = new CaptureServer(tlsCertificate: _certificate);
        await using var client = new MongoClient($"mongodb://{server.Address}/?directConnection=true&tlsAllowInvalidCertificates=true");
        Assert.True((await client.RunCommandAsync("admin", new BsonDocument("ping", 1)))["ok"].IsTruthy());
    }

    [Fact]
    public async Task An_untrusted_certificate_is_refused()
    {
        await using var server = new CaptureServer(tlsCertificate: _certificate);
        await using var client = new MongoClient($"mongodb://{server.Address}/?directConnection=true&tls=true&serverSelectionTimeoutMS=300");
        var ex = await Assert.ThrowsAsync<MongoTimeoutException>(() => client.RunCommandAsync("admin", new BsonDocument("ping", 1)));
        Assert.Contains("connect failed", ex.Message);
        Assert.DoesNotContain(server.Commands, c => c.Name == "ping");
    }

    private static X509Certificate2 SelfSigned()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var cert = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(cert.Export(X509ContentType.Pfx), null);
    }
}
