namespace StudyGraph.Mongo.Core;

/// <summary>A connection string or client setting is invalid; the message names the option.</summary>
public sealed class MongoConfigurationException : MongoException
{
    /// <summary>Creates the exception.</summary>
    public MongoConfigurationException(string message) : base(message) { }
}
