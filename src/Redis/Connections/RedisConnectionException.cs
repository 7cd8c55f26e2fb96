namespace StudyGraph.Redis;

/// <summary>The server could not be reached, the connection was lost, or there is no connection right now.</summary>
public class RedisConnectionException : Exception
{
    /// <summary>Creates the exception for <paramref name="endPoint"/>.</summary>
    public RedisConnectionException(string endPoint, string message, Exception? inner = null) : base(message, inner) => EndPoint = endPoint;

    /// <summary>The server, as <c>host:port</c>.</summary>
    public string EndPoint { get; }
}
