using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using StudyGraph.Mongo.Core;

namespace StudyGraph.Mongo.Wire;

/// <summary>Wraps a TCP stream in TLS (SslStream) as the tls* options ask.</summary>
internal static class TlsStreamFactory
{
    internal static async Task<Stream> AuthenticateAsync(Stream inner, MongoServerAddress address, ConnectionSettings settings, CancellationToken ct)
    {
        X509Certificate2Collection? authorities = null;
        if (settings.TlsCAFile is not null)
        {
            authorities = [];
            authorities.ImportFromPemFile(settings.TlsCAFile);
        }
        var ssl = new SslStream(inner, leaveInnerStreamOpen: false);
        var options = new SslClientAuthenticationOptions
        {
            TargetHost = address.Host,
            RemoteCertificateValidationCallback = (_, certificate, chain, errors) => Validate(certificate, errors, authorities, settings),
        };
        await ssl.AuthenticateAsClientAsync(options, ct).ConfigureAwait(false);
        return ssl;
    }

    private static bool Validate(X509Certificate? certificate, SslPolicyErrors errors, X509Certificate2Collection? authorities, ConnectionSettings settings)
    {
        if (settings.TlsAllowInvalidCertificates) return true;
        if (settings.TlsAllowInvalidHostnames) errors &= ~SslPolicyErrors.RemoteCertificateNameMismatch;
        if (errors == SslPolicyErrors.None) return true;
        if (authorities is null || certificate is null || errors != SslPolicyErrors.RemoteCertificateChainErrors) return false;
        // Chain problems only: rebuild the chain against the CA file instead of the system store.
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(authorities);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var cert = new X509Certificate2(certificate);
        return chain.Build(cert);
    }
}
