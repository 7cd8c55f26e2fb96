namespace StudyGraph.Mongo.Core;

/// <summary>A network error talking to a server (connect, read, write, TLS); the operation may be retried.</summary>
public sealed class MongoConnectionException : MongoException
{
    /// <summary>Creates the exception for <paramref name="address"/>.</summary>
    public MongoConnectionException(string address, string message, Exception? inner = null)
        : base($"{address}: {message}", inner) => Address = address;

    /// <summary>The server address ("host:port").</summary>
    public string Address { get; }
}
