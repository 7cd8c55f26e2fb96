namespace StudyGraph.Domain.Sessions.Reports;

/// <summary>An exam simulation's score.</summary>
/// <param name="CorrectCount">Questions whose final answer is correct.</param>
/// <param name="Total">Planned questions (unanswered ones count as wrong).</param>
/// <param name="Fraction">CorrectCount / Total.</param>
/// <param name="ScaledScore">The fraction on the provider's scale (e.g. 0..1000), rounded.</param>
/// <param name="MaxScore">The provider's maximum score.</param>
/// <param name="PassingScore">The provider's passing score.</param>
/// <param name="Passed">Fraction reaches the passing fraction.</param>
public sealed record ExamScore(int CorrectCount, int Total, double Fraction, int ScaledScore, int MaxScore, int PassingScore, bool Passed);
