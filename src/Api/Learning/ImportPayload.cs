using StudyGraph.Api.Errors;
using StudyGraph.Domain.Catalog;

namespace StudyGraph.Api.Learning;

/// <summary>The payload of <c>importQuestionBank</c>.</summary>
/// <param name="Created">Items (provider, exam, topics, questions) not in the store before.</param>
/// <param name="Changed">Items whose content changed.</param>
/// <param name="Unchanged">Items already stored as they are.</param>
/// <param name="Exam">The imported exam, or null when the bank was refused.</param>
/// <param name="Errors">An <c>ImportError</c> listing every problem of a refused bank.</param>
public sealed record ImportPayload(int Created, int Changed, int Unchanged, Exam? Exam, IReadOnlyList<UserError> Errors);
