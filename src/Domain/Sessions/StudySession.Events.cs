using System.Globalization;
using StudyGraph.Domain.Sessions.Events;

namespace StudyGraph.Domain.Sessions;

public sealed partial class StudySession
{
    private void RaiseAnswer(AnswerEntry entry, PlannedQuestion planned) => _pending.Add(new AnswerRecorded(
        EventId: Id + ":" + entry.Number.ToString(CultureInfo.InvariantCulture),
        UserId: UserId,
        SessionId: Id,
        Mode: Mode,
        ExamId: planned.ExamId,
        TopicId: planned.TopicId,
        QuestionId: planned.QuestionId,
        ChosenChoiceIds: entry.ChosenChoiceIds,
        Correct: entry.Correct,
        FirstTry: entry.Kind == AttemptKind.Fresh,
        AttemptKind: entry.Kind,
        TimeTaken: entry.TimeTaken,
        OccurredAt: entry.AnsweredAt));

    private void RaiseProgress(DateTimeOffset now) =>
        _pending.Add(new SessionProgressed(Id, UserId, ExamIds, Status, Version, Progress(now), now));

    private void RaiseEnded(DateTimeOffset now)
    {
        var score = Score();
        _pending.Add(new SessionEnded(Id, UserId, Mode, ExamIds, Status, Progress(now), score?.Fraction, score?.Passed, now));
    }
}
