namespace StudyGraph.Redis;

/// <summary>The bytes received are not valid RESP, or the connection ended in the middle of a frame.</summary>
public sealed class RedisProtocolException : Exception
{
    /// <summary>Creates the exception with a message that says what was wrong and where.</summary>
    public RedisProtocolException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    public RedisProtocolException(string message, Exception inner) : base(message, inner) { }
}
