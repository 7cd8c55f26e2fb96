namespace StudyGraph.Api.Relay;

/// <summary>Relay's page info (bound to the schema's <c>PageInfo</c> by member names).</summary>
/// <param name="HasNextPage">Whether more follow.</param>
/// <param name="HasPreviousPage">Whether some precede.</param>
/// <param name="StartCursor">The first edge's cursor.</param>
/// <param name="EndCursor">The last edge's cursor.</param>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
