using StudyGraph.Api.Relay;

namespace StudyGraph.Api.Catalog;

/// <summary>The filterable and sortable fields of exams and questions, with their stored paths.</summary>
public static class CatalogFilters
{
    /// <summary>ExamFilterInput / ExamSortInput.</summary>
    public static QueryTranslator Exams { get; } = new(
        [
            new("slug", "id", FilterFieldKind.String),
            new("providerSlug", "providerId", FilterFieldKind.String),
            new("code", "code", FilterFieldKind.String),
            new("name", "name", FilterFieldKind.String),
            new("questionCount", "questionCount", FilterFieldKind.Int),
            new("durationMinutes", "durationMinutes", FilterFieldKind.Int),
        ],
        [
            new("slug", "id", FilterFieldKind.String),
            new("code", "code", FilterFieldKind.String),
            new("name", "name", FilterFieldKind.String),
            new("questionCount", "questionCount", FilterFieldKind.Int),
            new("durationMinutes", "durationMinutes", FilterFieldKind.Int),
        ]);

    /// <summary>QuestionFilterInput / QuestionSortInput.</summary>
    public static QueryTranslator Questions { get; } = new(
        [
            new("examId", "examId", FilterFieldKind.Id, "Exam"),
            new("topicId", "topicId", FilterFieldKind.Id, "Topic"),
            new("type", "type", FilterFieldKind.Enum),
            new("text", "text", FilterFieldKind.String),
            new("difficulty", "difficulty", FilterFieldKind.Int),
            new("tags", "tags", FilterFieldKind.StringList),
        ],
        [
            new("difficulty", "difficulty", FilterFieldKind.Int),
            new("examId", "examId", FilterFieldKind.String),
            new("topicId", "topicId", FilterFieldKind.String),
            new("text", "text", FilterFieldKind.String),
        ]);
}
