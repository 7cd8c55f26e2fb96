using StudyGraph.GraphQL.Language;

namespace StudyGraph.GraphQL.Validation.Rules.Overlapping;

/// <summary>A conflict: the reason and the fields on each side that take part.</summary>
internal sealed record Conflict(ConflictReason Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);
