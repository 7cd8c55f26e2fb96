using StudyGraph.Domain.InMemory;
using StudyGraph.Domain.Ports;
using StudyGraph.Domain.Sessions;
using StudyGraph.Domain.Sessions.Events;

namespace StudyGraph.Domain.Tests.InMemory;

public class InMemoryEventBusTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_event_reaches_the_subscribers_of_its_topics_only_and_a_resume_notice_reaches_every_subscriber_once()
    {
        var bus = new InMemoryEventBus();
        await using var session = await bus.SubscribeAsync(EventTopics.Session("s1"));
        await using var exam = await bus.SubscribeAsync(EventTopics.ExamActivity("aws-saa-c03"));
        await using var otherSession = await bus.SubscribeAsync(EventTopics.Session("s2"));
        var gone = await bus.SubscribeAsync(EventTopics.Session("s3"));
        await gone.DisposeAsync();
        Assert.Equal(3, bus.SubscriptionCount);

        var answer = new AnswerRecorded("s1#1", "u1", "s1", SessionMode.Practice, "aws-saa-c03", "t", "q", ["a"], true, true, AttemptKind.Fresh, TimeSpan.FromSeconds(3), At);
        await bus.PublishAsync(answer);
        Assert.Empty(EventTopics.Of(new DeliveryResumed(At))); // never routed by topic
        await bus.PublishAsync(new DeliveryResumed(At)); // publishing it reaches nobody
        bus.DeliverToAll(new DeliveryResumed(At.AddSeconds(1)));

        Assert.Equal([answer, new DeliveryResumed(At.AddSeconds(1))], await Drain(session));
        Assert.Equal([answer, new DeliveryResumed(At.AddSeconds(1))], await Drain(exam));
        Assert.Equal([new DeliveryResumed(At.AddSeconds(1))], await Drain(otherSession));
    }

    private static async Task<List<IDomainEvent>> Drain(IEventSubscription subscription)
    {
        var events = new List<IDomainEvent>();
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        try
        {
            await foreach (var e in subscription.ReadAllAsync(cts.Token)) events.Add(e);
        }
        catch (OperationCanceledException)
        {
        }
        return events;
    }
}
