namespace StudyGraph.Mongo.Core;

/// <summary>Authentication failed (wrong credentials, or the server could not prove it knows them).</summary>
public sealed class MongoAuthenticationException : MongoException
{
    /// <summary>Creates the exception.</summary>
    public MongoAuthenticationException(string message, Exception? inner = null) : base(message, inner) { }
}
