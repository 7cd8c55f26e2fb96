namespace StudyGraph.Storage.Documents;

/// <summary>A client sent a cursor that this query did not produce.</summary>
public sealed class InvalidCursorException(string message, Exception? inner = null) : ArgumentException(message, inner);
