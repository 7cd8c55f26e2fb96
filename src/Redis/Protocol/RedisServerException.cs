namespace StudyGraph.Redis;

/// <summary>The server answered with an error reply (for example <c>WRONGTYPE</c>, <c>NOAUTH</c>, <c>ERR</c>).</summary>
public class RedisServerException : Exception
{
    /// <summary>Creates the exception from the server's error text.</summary>
    public RedisServerException(string serverMessage) : this(serverMessage, serverMessage) { }

    /// <summary>Creates the exception with a message of our own around the server's error text.</summary>
    public RedisServerException(string message, string serverMessage) : base(message)
    {
        ServerMessage = serverMessage;
        Prefix = RespValue.ErrorPrefixOf(serverMessage);
    }

    /// <summary>The error text exactly as the server sent it.</summary>
    public string ServerMessage { get; }

    /// <summary>The error code: the first word of the server's message (<c>WRONGTYPE</c>, <c>NOAUTH</c>, <c>ERR</c>, ...).</summary>
    public string Prefix { get; }
}
