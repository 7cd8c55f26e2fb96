namespace StudyGraph.Domain.Catalog.Import;

/// <summary>One parsed, valid question-bank file: a provider, one exam and its questions.</summary>
/// <param name="Provider">The provider.</param>
/// <param name="Exam">The exam with its blueprint.</param>
/// <param name="Questions">The questions, in file order.</param>
public sealed record QuestionBank(Provider Provider, Exam Exam, IReadOnlyList<Question> Questions);
