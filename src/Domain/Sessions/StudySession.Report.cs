using StudyGraph.Domain.Sessions.Events;
using StudyGraph.Domain.Sessions.Reports;

namespace StudyGraph.Domain.Sessions;

public sealed partial class StudySession
{
    /// <summary>The exam simulation's score once ended; null for other modes or while running.</summary>
    public ExamScore? Score()
    {
        if (Mode != SessionMode.ExamSimulation || !IsEnded) return null;
        var correct = 0;
        for (var i = 0; i < _states.Length; i++)
        {
            if (_states[i].FinalChoiceIds is { } final && _planned[i].IsCorrect(final)) correct++;
        }
        var total = _planned.Count;
        var fraction = total == 0 ? 0 : (double)correct / total;
        var max = PassingScore?.MaxScore ?? 100;
        var passFraction = PassingScore?.Fraction ?? 0.7;
        return new ExamScore(correct, total, fraction, (int)Math.Round(fraction * max, MidpointRounding.AwayFromZero), max,
            PassingScore?.Score ?? (int)Math.Round(passFraction * max), fraction >= passFraction - 1e-12);
    }

    /// <summary>The report: per-topic breakdown, time per question, the re-ask trail and the penalty history.</summary>
    public SessionReport Report(DateTimeOffset now)
    {
        var reasks = new int[_planned.Count];
        var penalty = new List<PenaltyPoint>(_trail.Count);
        foreach (var e in _trail)
        {
            if (e.Kind == AttemptKind.ImmediateRetry) reasks[e.Presentation.Index]++;
            penalty.Add(new PenaltyPoint(e.Number, e.AnsweredAt, e.PoolSize, e.PoolTries));
        }
        var revealed = !HidesFeedback || IsEnded;
        var questions = new List<QuestionReport>(_planned.Count);
        var topicOrder = new List<string>();
        var byTopic = new Dictionary<string, (string Exam, int Planned, int Answered, int First, int Cleared, int Attempts, int FinalCorrect, TimeSpan Time)>(StringComparer.Ordinal);
        for (var i = 0; i < _planned.Count; i++)
        {
            var p = _planned[i];
            var s = _states[i];
            var first = revealed && s.FirstTryCorrect;
            questions.Add(new QuestionReport(p.QuestionId, p.TopicId, s.Attempts, reasks[i], first, s.Cleared, s.Flagged, s.TimeSpent));
            if (!byTopic.TryGetValue(p.TopicId, out var t))
            {
                topicOrder.Add(p.TopicId);
                t = (p.ExamId, 0, 0, 0, 0, 0, 0, TimeSpan.Zero);
            }
            var finalCorrect = revealed && s.FinalChoiceIds is { } f && p.IsCorrect(f);
            byTopic[p.TopicId] = (t.Exam, t.Planned + 1, t.Answered + (s.Answered ? 1 : 0), t.First + (first ? 1 : 0),
                t.Cleared + (s.Cleared ? 1 : 0), t.Attempts + s.Attempts, t.FinalCorrect + (finalCorrect ? 1 : 0), t.Time + s.TimeSpent);
        }
        var topics = new List<TopicBreakdown>(topicOrder.Count);
        foreach (var id in topicOrder)
        {
            var t = byTopic[id];
            var hits = HidesFeedback ? t.FinalCorrect : t.First;
            topics.Add(new TopicBreakdown(t.Exam, id, t.Planned, t.Answered, t.First, t.Cleared, t.Attempts,
                t.Answered == 0 ? 0 : (double)hits / t.Answered,
                t.Answered == 0 ? TimeSpan.Zero : t.Time / t.Answered));
        }
        return new SessionReport(Id, Mode, Status, Progress(now), topics, questions, revealed ? [.. _trail] : [], penalty, Score());
    }
}
