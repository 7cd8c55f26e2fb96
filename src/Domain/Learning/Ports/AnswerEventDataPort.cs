using StudyGraph.Domain.Accounts;
using StudyGraph.Domain.Ports;
using StudyGraph.Domain.Sessions.Events;

namespace StudyGraph.Domain.Learning;

/// <summary>
/// The <c>answerEvents</c> section of export and deletion over any <see cref="IAnswerEventStore"/>. Erasure keeps the
/// anonymous aggregates: each event of the user is deleted and re-appended with the user id replaced by the random
/// anonymous id, the session id replaced by an id derived from it, and the event id re-keyed, so question-quality
/// statistics (share correct, discrimination, fragility per anonymous learner) stay as they were.
/// </summary>
public sealed class AnswerEventDataPort(IAnswerEventStore events) : IUserDataPort
{
    /// <inheritdoc />
    public string Section => "answerEvents";

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<object>> ExportAsync(string userId, CancellationToken ct = default) =>
        (await events.QueryAsync(new AnswerEventQuery(UserId: userId), ct).ConfigureAwait(false)).Cast<object>().ToArray();

    /// <inheritdoc />
    public async ValueTask<ErasureOutcome> EraseAsync(string userId, string anonymousId, CancellationToken ct = default)
    {
        var mine = await events.QueryAsync(new AnswerEventQuery(UserId: userId), ct).ConfigureAwait(false);
        await events.DeleteByUserAsync(userId, ct).ConfigureAwait(false);
        var sessions = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < mine.Count; i++)
        {
            var e = mine[i];
            if (!sessions.TryGetValue(e.SessionId, out var session))
            {
                session = anonymousId + "-s" + sessions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                sessions[e.SessionId] = session;
            }
            var anonymized = e with { EventId = anonymousId + "-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), UserId = anonymousId, SessionId = session };
            await events.AppendAsync(anonymized, ct).ConfigureAwait(false);
        }
        return new ErasureOutcome(Section, 0, mine.Count);
    }
}
