using StudyGraph.Domain.Sessions.Events;

namespace StudyGraph.Domain.Ports;

/// <summary>The topics of the event bus and which topics an event goes to.</summary>
public static class EventTopics
{
    /// <summary>Every event of one session (answers, progress, ending): <c>session:{id}</c>.</summary>
    public static string Session(string sessionId) => "session:" + sessionId;

    /// <summary>Answers and session endings touching one exam: <c>exam:{id}:activity</c>.</summary>
    public static string ExamActivity(string examId) => "exam:" + examId + ":activity";

    /// <summary>The topics an event is published to.</summary>
    public static IReadOnlyList<string> Of(IDomainEvent domainEvent)
    {
        switch (domainEvent)
        {
            case AnswerRecorded a:
                return [Session(a.SessionId), ExamActivity(a.ExamId)];
            case SessionProgressed p:
                return WithExams(Session(p.SessionId), p.ExamIds);
            case SessionEnded e:
                return WithExams(Session(e.SessionId), e.ExamIds);
            default:
                return [];
        }
    }

    private static string[] WithExams(string sessionTopic, IReadOnlyList<string> examIds)
    {
        var topics = new string[examIds.Count + 1];
        topics[0] = sessionTopic;
        for (var i = 0; i < examIds.Count; i++) topics[i + 1] = ExamActivity(examIds[i]);
        return topics;
    }
}
