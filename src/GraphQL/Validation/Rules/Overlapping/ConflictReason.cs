namespace StudyGraph.GraphQL.Validation.Rules.Overlapping;

/// <summary>Why two fields of one response name cannot merge: a message, or the conflicts of their sub-fields.</summary>
internal sealed record ConflictReason(string ResponseName, string? Message, IReadOnlyList<ConflictReason>? SubReasons);
