using System.Threading.Channels;
using StudyGraph.Domain.Catalog;
using StudyGraph.Domain.Ports;
using StudyGraph.Domain.Sessions;
using StudyGraph.Domain.Sessions.Events;
using StudyGraph.Storage.Adapters;
using StudyGraph.Storage.Documents;

namespace StudyGraph.Api.Live;

/// <summary>
/// The examActivity feeds of one API instance: one feed per watched exam, shared by every subscriber of that exam here.
/// A feed holds one event-bus subscription and one <see cref="ActivityWindow"/>, loads the last minutes of answers once when
/// its first subscriber arrives (and again when the bus reports <see cref="DeliveryResumed"/>: answers made on other
/// instances meanwhile never arrived), counts active sessions at most once per tick (and when a session ends), and pushes each new
/// snapshot to all its subscribers; the last subscriber leaving stops it. So 1,000 dashboards on one exam cost one
/// window and one count query per tick, not 1,000.
/// Each subscriber has a one-snapshot buffer: one that reads slowly skips to the newest snapshot instead of queueing old ones.
/// </summary>
public sealed partial class ExamActivityHub(IEventBus bus, IAnswerEventStore answers, DocumentSessionRepository sessions, TimeProvider time,
    ILogger<ExamActivityHub> log) : IAsyncDisposable
{
    private readonly IEventBus _bus = bus;
    private readonly IAnswerEventStore _answers = answers;
    private readonly DocumentSessionRepository _sessions = sessions;
    private readonly TimeProvider _time = time;
    private readonly ILogger<ExamActivityHub> _log = log;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Feed> _feeds = new(StringComparer.Ordinal);
    private bool _disposed;

    /// <summary>How often a feed pushes a snapshot without new answers (the window slides) and recounts active sessions.</summary>
    public static TimeSpan Tick { get; } = TimeSpan.FromSeconds(10);

    /// <summary>Feeds running now (one per watched exam).</summary>
    public int FeedCount
    {
        get
        {
            lock (_gate) return _feeds.Count;
        }
    }

    /// <summary>
    /// Joins the exam's feed; returns once the feed is live (subscribed to the bus, answers loaded) with a stream that starts
    /// with the current snapshot. The stream ends, and the subscriber leaves the feed, when <paramref name="ct"/> is
    /// cancelled or the stream is disposed.
    /// </summary>
    public async Task<IAsyncEnumerable<ExamActivitySnapshot>> WatchAsync(Exam exam, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(exam);
        var watcher = new Watcher(Channel.CreateBounded<ExamActivitySnapshot>(new BoundedChannelOptions(1)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        }));
        Feed feed;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (!_feeds.TryGetValue(exam.Id, out feed!))
            {
                feed = new Feed(this, exam);
                _feeds[exam.Id] = feed;
                feed.Start();
            }
            feed.Add(watcher);
        }
        watcher.Leave = () => LeaveAsync(feed, watcher);
        var registration = ct.Register(static w => _ = ((Watcher)w!).LeaveOnceAsync(), watcher);
        try
        {
            await feed.Ready.WaitAsync(ct).ConfigureAwait(false);
        }
        catch
        {
            await registration.DisposeAsync().ConfigureAwait(false);
            await watcher.LeaveOnceAsync().ConfigureAwait(false);
            throw;
        }
        return Read(watcher, registration, ct);
    }

    private static async IAsyncEnumerable<ExamActivitySnapshot> Read(Watcher watcher, CancellationTokenRegistration registration,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        try
        {
            await foreach (var snapshot in watcher.Channel.Reader.ReadAllAsync(ct).ConfigureAwait(false)) yield return snapshot;
        }
        finally
        {
            await registration.DisposeAsync().ConfigureAwait(false);
            await watcher.LeaveOnceAsync().ConfigureAwait(false);
        }
    }

    private async Task LeaveAsync(Feed feed, Watcher watcher)
    {
        bool last;
        lock (_gate)
        {
            last = feed.Remove(watcher) && RemoveIfCurrent(feed);
        }
        watcher.Channel.Writer.TryComplete();
        if (last) await feed.StopAsync().ConfigureAwait(false);
    }

    private void Forget(Feed feed)
    {
        lock (_gate) RemoveIfCurrent(feed);
    }

    /// <summary>Removes <paramref name="feed"/> unless a newer feed of its exam took its place; under <see cref="_gate"/>.</summary>
    private bool RemoveIfCurrent(Feed feed) =>
        _feeds.TryGetValue(feed.Exam.Id, out var current) && ReferenceEquals(current, feed) && _feeds.Remove(feed.Exam.Id);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Feed[] feeds;
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            feeds = [.. _feeds.Values];
            _feeds.Clear();
        }
        foreach (var feed in feeds) await feed.StopAsync().ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "examActivity feed of exam {ExamId} failed; its subscribers get the error")]
    private static partial void FeedFailed(ILogger logger, Exception error, string examId);

    private sealed class Watcher(Channel<ExamActivitySnapshot> channel)
    {
        private int _left;

        public Channel<ExamActivitySnapshot> Channel { get; } = channel;

        public Func<Task>? Leave { get; set; }

        public Task LeaveOnceAsync() => Interlocked.Exchange(ref _left, 1) == 0 && Leave is { } leave ? leave() : Task.CompletedTask;
    }

    private sealed class Feed(ExamActivityHub hub, Exam exam)
    {
        private readonly Lock _gate = new();
        private readonly List<Watcher> _watchers = [];
        private readonly CancellationTokenSource _stop = new();
        private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private ExamActivitySnapshot? _latest;
        private Task _loop = Task.CompletedTask;
        private int _active;             // active sessions of the exam, as last counted (the loop alone touches these two)
        private DateTimeOffset _counted; // when

        public Exam Exam => exam;

        public Task Ready => _ready.Task;

        public void Start() => _loop = Task.Run(RunAsync);

        public void Add(Watcher watcher)
        {
            lock (_gate)
            {
                _watchers.Add(watcher);
                if (_latest is not null) watcher.Channel.Writer.TryWrite(_latest);
            }
        }

        /// <summary>Removes <paramref name="watcher"/>; true when it was the last one.</summary>
        public bool Remove(Watcher watcher)
        {
            lock (_gate)
            {
                _watchers.Remove(watcher);
                return _watchers.Count == 0;
            }
        }

        public async Task StopAsync()
        {
            await _stop.CancelAsync().ConfigureAwait(false);
            await _loop.ConfigureAwait(false);
            _stop.Dispose();
        }

        private void Publish(ExamActivitySnapshot snapshot)
        {
            Watcher[] targets;
            lock (_gate)
            {
                _latest = snapshot;
                targets = [.. _watchers];
            }
            foreach (var w in targets) w.Channel.Writer.TryWrite(snapshot);
        }

        private async Task RunAsync()
        {
            var ct = _stop.Token;
            try
            {
                // Subscribe first, then load: an answer in between is in both, and the window counts it once (by event id).
                await using var subscription = await hub._bus.SubscribeAsync(EventTopics.ExamActivity(exam.Id), ct).ConfigureAwait(false);
                var now = hub._time.GetUtcNow();
                var window = new ActivityWindow(now);
                await LoadAsync(window, now, ct).ConfigureAwait(false);
                Publish(Snapshot(window, now));
                _ready.TrySetResult();

                using var reading = CancellationTokenSource.CreateLinkedTokenSource(ct);
                await using var events = subscription.ReadAllAsync(reading.Token).GetAsyncEnumerator(reading.Token);
                var nextEvent = events.MoveNextAsync().AsTask();
                try
                {
                    while (true)
                    {
                        using var tickCancel = CancellationTokenSource.CreateLinkedTokenSource(ct);
                        var tick = Task.Delay(Tick, hub._time, tickCancel.Token);
                        var done = await Task.WhenAny(nextEvent, tick).ConfigureAwait(false);
                        ct.ThrowIfCancellationRequested();
                        if (done == nextEvent)
                        {
                            await tickCancel.CancelAsync().ConfigureAwait(false);
                            if (!await nextEvent.ConfigureAwait(false)) break;
                            var e = events.Current;
                            nextEvent = events.MoveNextAsync().AsTask();
                            if (e is AnswerRecorded answer) window.Add(answer);
                            // Answers made on other instances while delivery was down never arrived: take them from the store.
                            else if (e is DeliveryResumed) await LoadAsync(window, hub._time.GetUtcNow(), ct).ConfigureAwait(false);
                            // Session starts and endings move the count; recounting is throttled for busy exams.
                            else if (e is SessionEnded || hub._time.GetUtcNow() - _counted > TimeSpan.FromSeconds(2)) await RecountAsync(ct).ConfigureAwait(false);
                        }
                        else
                        {
                            await RecountAsync(ct).ConfigureAwait(false);
                        }
                        now = hub._time.GetUtcNow();
                        window.Advance(now);
                        Publish(Snapshot(window, now));
                    }
                }
                finally
                {
                    // The pending read must finish before its enumerator is disposed.
                    await reading.CancelAsync().ConfigureAwait(false);
                    try
                    {
                        await nextEvent.ConfigureAwait(false);
                    }
                    catch (OperationCanceledException)
                    {
                    }
                }
                Complete(null);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                _ready.TrySetCanceled(ct);
                Complete(null);
            }
            catch (Exception e)
            {
                FeedFailed(hub._log, e, exam.Id);
                hub.Forget(this);
                _ready.TrySetException(e);
                Complete(e);
            }
        }

        private void Complete(Exception? error)
        {
            Watcher[] targets;
            lock (_gate) targets = [.. _watchers];
            foreach (var w in targets) w.Channel.Writer.TryComplete(error);
        }

        private ExamActivitySnapshot Snapshot(ActivityWindow window, DateTimeOffset now) =>
            new(exam, _active, window.AnswersPerMinute, window.Accuracy, window.Recent(), now);

        /// <summary>Adds the stored answers of the window's minutes (each counted once, by event id) and recounts active sessions.</summary>
        private async Task LoadAsync(ActivityWindow window, DateTimeOffset now, CancellationToken ct)
        {
            foreach (var a in await hub._answers.QueryAsync(new AnswerEventQuery(ExamId: exam.Id, Since: now.AddMinutes(-ActivityWindow.Minutes)), ct).ConfigureAwait(false))
            {
                window.Add(a);
            }
            await RecountAsync(ct).ConfigureAwait(false);
        }

        private async Task RecountAsync(CancellationToken ct)
        {
            _active = checked((int)await hub._sessions.CountAsync(DocumentFilter.And(
                DocumentFilter.Eq("status", "ACTIVE"),
                DocumentFilter.Field("examIds", FilterOperator.ArrayContains, exam.Id)), ct).ConfigureAwait(false));
            _counted = hub._time.GetUtcNow();
        }
    }
}
