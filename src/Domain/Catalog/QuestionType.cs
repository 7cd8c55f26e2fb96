namespace StudyGraph.Domain.Catalog;

/// <summary>How many choices a question expects.</summary>
public enum QuestionType
{
    /// <summary>Exactly one correct choice.</summary>
    SingleChoice,

    /// <summary>Two or more correct choices, fewer than all.</summary>
    MultipleChoice,
}
