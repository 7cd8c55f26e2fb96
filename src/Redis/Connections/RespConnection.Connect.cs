using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace StudyGraph.Redis;

internal sealed partial class RespConnection
{
    /// <summary>Connects, negotiates TLS if configured, and runs the handshake (HELLO/AUTH, SELECT, CLIENT SETNAME, PING).</summary>
    internal static async Task<RespConnection> ConnectAsync(RedisOptions options, CancellationToken cancellationToken)
    {
        var endPoint = options.EndPoint;
        using var timeout = new CancellationTokenSource(options.ConnectTimeout, options.TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        RespConnection? connection = null;
        var stage = "connecting";
        try
        {
            try
            {
                await socket.ConnectAsync(options.Host, options.Port, linked.Token).ConfigureAwait(false);
            }
            catch (SocketException ex)
            {
                throw new RedisConnectionException(endPoint, $"Redis {endPoint}: could not connect ({ex.SocketErrorCode}: {ex.Message})", ex);
            }
            Stream stream = new NetworkStream(socket, ownsSocket: false);
            if (options.Ssl)
            {
                stage = "TLS handshake";
                stream = await AuthenticateTlsAsync(stream, options, linked.Token).ConfigureAwait(false);
            }
            connection = new RespConnection(socket, stream, endPoint);
            stage = "handshake";
            await connection.HandshakeAsync(options, linked.Token).ConfigureAwait(false);
            return connection;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            await DisposeAsync(connection, socket).ConfigureAwait(false);
            throw new RedisConnectTimeoutException(endPoint, $"Redis {endPoint}: timed out after {options.ConnectTimeout.TotalMilliseconds:0} ms ({stage})");
        }
        catch (Exception ex) when (ex is AuthenticationException or IOException && stage == "TLS handshake")
        {
            await DisposeAsync(connection, socket).ConfigureAwait(false);
            throw new RedisConnectionException(endPoint, $"Redis {endPoint}: TLS handshake failed: {ex.Message}", ex);
        }
        catch
        {
            await DisposeAsync(connection, socket).ConfigureAwait(false);
            throw;
        }
    }

    private static async ValueTask DisposeAsync(RespConnection? connection, Socket socket)
    {
        if (connection is not null) await connection.DisposeAsync().ConfigureAwait(false);
        else socket.Dispose();
    }

    private static async Task<Stream> AuthenticateTlsAsync(Stream inner, RedisOptions options, CancellationToken cancellationToken)
    {
        var ssl = new SslStream(inner, leaveInnerStreamOpen: false);
        var validate = options.CertificateValidation ?? (options.TrustedCertificate is { } trusted ? TrustOnly(trusted) : null);
        await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
        {
            TargetHost = options.SslHost ?? options.Host,
            RemoteCertificateValidationCallback = validate,
        }, cancellationToken).ConfigureAwait(false);
        return ssl;
    }

    /// <summary>Accepts a chain that ends in <paramref name="trusted"/> (a private CA or a self-signed server certificate); names must still match.</summary>
    private static RemoteCertificateValidationCallback TrustOnly(X509Certificate2 trusted) => (_, certificate, _, errors) =>
    {
        if (errors == SslPolicyErrors.None) return true;
        if (certificate is null || (errors & (SslPolicyErrors.RemoteCertificateNameMismatch | SslPolicyErrors.RemoteCertificateNotAvailable)) != 0) return false;
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(trusted);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var leaf = new X509Certificate2(certificate);
        return chain.Build(leaf);
    };
}
