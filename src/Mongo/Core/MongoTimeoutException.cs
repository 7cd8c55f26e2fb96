namespace StudyGraph.Mongo.Core;

/// <summary>Server selection or a connection-pool wait ran out of time.</summary>
public sealed class MongoTimeoutException : MongoException
{
    /// <summary>Creates the exception.</summary>
    public MongoTimeoutException(string message, Exception? inner = null) : base(message, inner) { }
}
