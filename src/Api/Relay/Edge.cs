namespace StudyGraph.Api.Relay;

/// <summary>One edge of a <see cref="Connection{T}"/>.</summary>
/// <param name="Cursor">The node's cursor.</param>
/// <param name="Node">The node.</param>
public sealed record Edge<T>(string Cursor, T Node);
