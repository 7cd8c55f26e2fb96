namespace StudyGraph.Redis;

/// <summary>Connecting (TCP, TLS or the handshake commands) took longer than <see cref="RedisOptions.ConnectTimeout"/>.</summary>
public sealed class RedisConnectTimeoutException : RedisConnectionException
{
    /// <summary>Creates the exception.</summary>
    public RedisConnectTimeoutException(string endPoint, string message) : base(endPoint, message) { }
}
