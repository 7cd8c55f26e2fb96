namespace StudyGraph.Redis;

/// <summary>The server refused the credentials (<c>WRONGPASS</c>), or requires credentials that were not given (<c>NOAUTH</c>).</summary>
public sealed class RedisAuthenticationException : RedisConnectionException
{
    /// <summary>Creates the exception with the server's error text.</summary>
    public RedisAuthenticationException(string endPoint, string message, RedisServerException serverError) : base(endPoint, message, serverError) { }
}
