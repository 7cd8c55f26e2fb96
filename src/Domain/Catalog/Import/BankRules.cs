namespace StudyGraph.Domain.Catalog.Import;

/// <summary>The names of the rules a question-bank file is checked against (see seed/README.md).</summary>
public static class BankRules
{
    /// <summary>The file is not well-formed JSON.</summary>
    public const string JsonSyntax = "json-syntax";

    /// <summary>A required property is missing.</summary>
    public const string Required = "required";

    /// <summary>A value has the wrong JSON type.</summary>
    public const string Type = "type";

    /// <summary><c>formatVersion</c> is not 1.</summary>
    public const string FormatVersion = "format-version";

    /// <summary>An id is not a slug (<c>[a-z0-9][a-z0-9.-]*</c>).</summary>
    public const string Slug = "slug";

    /// <summary>A name, text or explanation is empty.</summary>
    public const string EmptyText = "empty-text";

    /// <summary>An id appears twice where it must be unique.</summary>
    public const string DuplicateId = "duplicate-id";

    /// <summary>A topic weight is not positive.</summary>
    public const string WeightPositive = "weight-positive";

    /// <summary>The topic weights do not sum to 100.</summary>
    public const string WeightSum = "weight-sum";

    /// <summary>A question's <c>topicId</c> names no topic of the exam.</summary>
    public const string UnknownTopic = "unknown-topic";

    /// <summary>A question has fewer than 2 or more than 8 choices.</summary>
    public const string ChoiceCount = "choice-count";

    /// <summary>A correct choice id is not among the question's choices.</summary>
    public const string UnknownChoice = "unknown-choice";

    /// <summary>The number of correct choices does not fit the question type.</summary>
    public const string CorrectCount = "correct-count";

    /// <summary>The question type is not <c>SINGLE_CHOICE</c> or <c>MULTIPLE_CHOICE</c>.</summary>
    public const string QuestionType = "question-type";

    /// <summary>The difficulty is not an integer from 1 to 5.</summary>
    public const string Difficulty = "difficulty";

    /// <summary>A reference is not an absolute https URL.</summary>
    public const string ReferenceUrl = "reference-url";

    /// <summary>A count or duration is not positive.</summary>
    public const string Positive = "positive";

    /// <summary>The passing score is not between 0 and the maximum score.</summary>
    public const string PassingScore = "passing-score";

    /// <summary>Two files describe the same provider differently, or an id clashes with another bank.</summary>
    public const string Conflict = "conflict";

    /// <summary>More problems than are reported.</summary>
    public const string TooManyProblems = "too-many-problems";
}
