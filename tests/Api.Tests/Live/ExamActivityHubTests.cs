using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using StudyGraph.Api.Live;
using StudyGraph.Api.Tests.Support;
using StudyGraph.Domain.Catalog;
using StudyGraph.Domain.InMemory;
using StudyGraph.Domain.Ports;
using StudyGraph.Domain.Sessions;
using StudyGraph.Domain.Sessions.Events;
using StudyGraph.Storage.Adapters;

namespace StudyGraph.Api.Tests.Live;

/// <summary>The examActivity feeds: one per watched exam and instance, shared by its subscribers.</summary>
public sealed class ExamActivityHubTests(SharedApi api) : IClassFixture<SharedApi>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Subscribers_of_one_exam_share_one_feed_and_one_bus_subscription_which_the_last_to_leave_stops()
    {
        var (hub, bus, answers) = NewHub();
        await using var _ = hub;
        var exam = await Exam("aws-saa-c03");
        var before = bus.SubscriptionCount;
        await answers.AppendAsync(Answer(exam.Id, "e0"));

        var watchers = new List<IAsyncEnumerator<ExamActivitySnapshot>>();
        for (var i = 0; i < 50; i++) watchers.Add((await hub.WatchAsync(exam, CancellationToken.None)).GetAsyncEnumerator());
        Assert.Equal(1, hub.FeedCount);
        Assert.Equal(before + 1, bus.SubscriptionCount);
        foreach (var w in watchers) Assert.Equal(1, await Next(w)); // each starts with the loaded answers

        await bus.PublishAsync(Answer(exam.Id, "e1"));
        foreach (var w in watchers) Assert.Equal(2, await Next(w));

        for (var i = 0; i < 49; i++) await watchers[i].DisposeAsync();
        Assert.Equal(1, hub.FeedCount);
        await bus.PublishAsync(Answer(exam.Id, "e2"));
        Assert.Equal(3, await Next(watchers[49]));
        await watchers[49].DisposeAsync();
        Assert.Equal(0, hub.FeedCount);
        Assert.Equal(before, bus.SubscriptionCount);

        // A new subscriber starts a new feed, which loads what the store holds.
        await using var again = (await hub.WatchAsync(exam, CancellationToken.None)).GetAsyncEnumerator();
        Assert.Equal(1, await Next(again));
        Assert.Equal(1, hub.FeedCount);
    }

    [Fact]
    public async Task A_late_subscriber_starts_from_the_current_snapshot_and_a_slow_one_skips_to_the_newest()
    {
        var (hub, bus, _) = NewHub();
        await using var _ = hub;
        var exam = await Exam("gcp-ace");
        await using var fast = (await hub.WatchAsync(exam, CancellationToken.None)).GetAsyncEnumerator();
        await using var slow = (await hub.WatchAsync(exam, CancellationToken.None)).GetAsyncEnumerator();
        Assert.Equal(0, await Next(fast));
        for (var i = 1; i <= 5; i++)
        {
            await bus.PublishAsync(Answer(exam.Id, "a" + i));
            Assert.Equal(i, await Next(fast));
        }
        // The slow subscriber read nothing meanwhile: its buffer holds the newest snapshot only.
        Assert.Equal(5, await Next(slow));
        var pending = slow.MoveNextAsync().AsTask();
        await Task.Delay(200);
        Assert.False(pending.IsCompleted, "a stale snapshot was queued");

        await using var late = (await hub.WatchAsync(exam, CancellationToken.None)).GetAsyncEnumerator();
        Assert.Equal(5, await Next(late));
        await bus.PublishAsync(Answer(exam.Id, "a6"));
        Assert.True(await pending.WaitAsync(Wait));
        Assert.Equal(6, Total(slow.Current));
        Assert.Equal(6, await Next(late));
    }

    [Fact]
    public async Task Cancelling_a_subscription_leaves_the_feed_and_different_exams_have_their_own_feeds()
    {
        var (hub, bus, _) = NewHub();
        await using var _ = hub;
        using var cancel = new CancellationTokenSource();
        var aws = await hub.WatchAsync(await Exam("aws-saa-c03"), cancel.Token);
        await using var gcp = (await hub.WatchAsync(await Exam("gcp-ace"), CancellationToken.None)).GetAsyncEnumerator();
        Assert.Equal(2, hub.FeedCount);
        Assert.Equal(0, await Next(gcp));
        await using var awsReader = aws.GetAsyncEnumerator(cancel.Token);
        Assert.True(await awsReader.MoveNextAsync());

        await cancel.CancelAsync();
        await Eventually(() => hub.FeedCount == 1);
        await bus.PublishAsync(Answer("gcp-ace", "g1"));
        Assert.Equal(1, await Next(gcp));
    }

    [Fact]
    public async Task When_the_bus_resumes_delivery_the_feed_takes_the_answers_it_missed_from_the_store_once_each()
    {
        var (hub, bus, answers) = NewHub();
        await using var _ = hub;
        var exam = await Exam("azure-az-900");
        await using var watcher = (await hub.WatchAsync(exam, CancellationToken.None)).GetAsyncEnumerator();
        Assert.Equal(0, await Next(watcher));
        await answers.AppendAsync(Answer(exam.Id, "seen"));
        await bus.PublishAsync(Answer(exam.Id, "seen"));
        Assert.Equal(1, await Next(watcher));

        // Two answers made elsewhere while cross-instance delivery was down: stored, never delivered here.
        await answers.AppendAsync(Answer(exam.Id, "missed-1"));
        await answers.AppendAsync(Answer(exam.Id, "missed-2"));
        bus.DeliverToAll(new DeliveryResumed(DateTimeOffset.UtcNow));

        Assert.Equal(3, await Next(watcher)); // "seen" is not counted twice
    }

    [Fact]
    public async Task A_feed_that_cannot_load_fails_its_subscribers_clearly_and_the_next_subscriber_tries_again()
    {
        var answers = new FlakyAnswers { Fail = true };
        var bus = new InMemoryEventBus();
        await using var hub = new ExamActivityHub(bus, answers, Sessions(), TimeProvider.System, NullLogger<ExamActivityHub>.Instance);
        var exam = await Exam("aws-saa-c03");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => hub.WatchAsync(exam, CancellationToken.None));
        Assert.Equal("answer store down", error.Message);
        Assert.Equal(0, hub.FeedCount);
        Assert.Equal(0, bus.SubscriptionCount);

        answers.Fail = false;
        await using var watcher = (await hub.WatchAsync(exam, CancellationToken.None)).GetAsyncEnumerator();
        Assert.Equal(0, await Next(watcher));
    }

    private (ExamActivityHub Hub, InMemoryEventBus Bus, InMemoryAnswerEventStore Answers) NewHub()
    {
        var bus = new InMemoryEventBus();
        var answers = new InMemoryAnswerEventStore();
        return (new ExamActivityHub(bus, answers, Sessions(), TimeProvider.System, NullLogger<ExamActivityHub>.Instance), bus, answers);
    }

    private DocumentSessionRepository Sessions() => api.Host.Services.GetRequiredService<DocumentSessionRepository>();

    private async Task<Exam> Exam(string id) => (await api.Host.Services.GetRequiredService<IExamRepository>().GetAsync(id))!;

    private static AnswerRecorded Answer(string examId, string eventId) =>
        new(eventId, "u1", "s1", SessionMode.Practice, examId, "t1", "q1", ["a"], true, true, AttemptKind.Fresh, TimeSpan.FromSeconds(5), DateTimeOffset.UtcNow);

    private static int Total(ExamActivitySnapshot snapshot) => snapshot.Recent.Sum(p => p.Answers);

    private static async Task<int> Next(IAsyncEnumerator<ExamActivitySnapshot> watcher)
    {
        Assert.True(await watcher.MoveNextAsync().AsTask().WaitAsync(Wait), "the stream ended");
        return Total(watcher.Current);
    }

    private static async Task Eventually(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++) await Task.Delay(25);
        Assert.True(condition());
    }

    private sealed class FlakyAnswers : IAnswerEventStore
    {
        private readonly InMemoryAnswerEventStore _inner = new();

        public bool Fail { get; set; }

        public ValueTask AppendAsync(AnswerRecorded answer, CancellationToken ct = default) => _inner.AppendAsync(answer, ct);

        public ValueTask<IReadOnlyList<AnswerRecorded>> QueryAsync(AnswerEventQuery query, CancellationToken ct = default) =>
            Fail ? throw new InvalidOperationException("answer store down") : _inner.QueryAsync(query, ct);

        public ValueTask<int> DeleteByUserAsync(string userId, CancellationToken ct = default) => _inner.DeleteByUserAsync(userId, ct);
    }
}
