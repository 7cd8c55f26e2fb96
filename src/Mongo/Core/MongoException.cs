namespace StudyGraph.Mongo.Core;

/// <summary>Base of every error raised by the StudyGraph Mongo client.</summary>
public class MongoException : Exception
{
    /// <summary>Creates the exception.</summary>
    public MongoException(string message, Exception? inner = null) : base(message, inner) { }

    /// <summary>Error labels attached by the server or the client ("RetryableWriteError", ...).</summary>
    public IReadOnlyList<string> ErrorLabels { get; init; } = [];

    /// <summary>True when <see cref="ErrorLabels"/> holds <paramref name="label"/>.</summary>
    public bool HasErrorLabel(string label) => ErrorLabels.Contains(label);
}
