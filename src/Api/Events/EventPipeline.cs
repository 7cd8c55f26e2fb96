using StudyGraph.Domain.Learning;
using StudyGraph.Domain.Ports;
using StudyGraph.Domain.Sessions.Events;

namespace StudyGraph.Api.Events;

/// <summary>
/// Where the Domain's events go after a save: answers update the learner statistics, then every event is published
/// on the bus for subscriptions. A bus failure is logged, never failing the mutation that already saved its change.
/// </summary>
public sealed class EventPipeline(IEventBus bus, LearningRecorder recorder, IQuestionRepository questions, ILogger<EventPipeline> log) : IEventPublisher
{
    /// <inheritdoc />
    public async ValueTask PublishAsync(IDomainEvent domainEvent, CancellationToken ct = default)
    {
        if (domainEvent is AnswerRecorded answer && await questions.GetAsync(answer.QuestionId, ct).ConfigureAwait(false) is { } question)
        {
            await recorder.RecordAsync(answer, question, ct).ConfigureAwait(false);
        }
        try
        {
            await bus.PublishAsync(domainEvent, CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // the change is saved; subscribers missing one event must not turn it into an error
        catch (Exception e)
#pragma warning restore CA1031
        {
            log.LogWarning(e, "Publishing {Event} failed; live subscribers may miss it.", domainEvent.GetType().Name);
        }
    }
}
