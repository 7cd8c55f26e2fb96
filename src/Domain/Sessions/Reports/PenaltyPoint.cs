namespace StudyGraph.Domain.Sessions.Reports;

/// <summary>The wrong pool after one answer.</summary>
/// <param name="AttemptNumber">The answer's number.</param>
/// <param name="At">When.</param>
/// <param name="Questions">Pool entries after it.</param>
/// <param name="Tries">Remaining tries after it.</param>
public sealed record PenaltyPoint(int AttemptNumber, DateTimeOffset At, int Questions, int Tries)
{
    /// <summary>The indicator text, or null for an empty pool.</summary>
    public string? Text => PenaltyIndicator.For(Questions, Tries)?.Text;
}
