using StudyGraph.Api.Catalog;
using StudyGraph.Api.Errors;

namespace StudyGraph.Api.Accounts;

/// <summary>The payload of <c>bookmarkQuestion</c>.</summary>
/// <param name="Question">The question (its <c>bookmarked</c> shows the new state), or null on failure.</param>
/// <param name="Errors">Expected failures.</param>
public sealed record BookmarkPayload(QuestionNode? Question, IReadOnlyList<UserError> Errors);
