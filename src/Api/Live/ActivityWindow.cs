using StudyGraph.Domain.Sessions.Events;

namespace StudyGraph.Api.Live;

/// <summary>
/// The last <see cref="Minutes"/> minutes of one exam's answers in per-minute buckets: answers, first-try answers and
/// first-try answers that were right. Fed from the answer store at subscription time, then by live events.
/// Not thread-safe: one per subscriber.
/// </summary>
public sealed class ActivityWindow(DateTimeOffset now)
{
    /// <summary>The window's length in minutes.</summary>
    public const int Minutes = 15;

    /// <summary>The minutes <see cref="AnswersPerMinute"/> averages over.</summary>
    public const int RateMinutes = 5;

    private readonly Dictionary<long, Bucket> _buckets = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private DateTimeOffset _now = now;

    /// <summary>Counts an answer once (by its event id); answers outside the window are ignored.</summary>
    public void Add(AnswerRecorded answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (!_seen.Add(answer.EventId)) return;
        var minute = MinuteOf(answer.OccurredAt);
        if (minute <= MinuteOf(_now) - Minutes) return;
        if (!_buckets.TryGetValue(minute, out var b)) b = default;
        b.Answers++;
        if (answer.FirstTry)
        {
            b.FirstTry++;
            if (answer.Correct) b.FirstTryCorrect++;
        }
        _buckets[minute] = b;
    }

    /// <summary>Moves the window's end to <paramref name="now"/>, dropping old minutes.</summary>
    public void Advance(DateTimeOffset now)
    {
        if (now > _now) _now = now;
        var oldest = MinuteOf(_now) - Minutes;
        List<long>? drop = null;
        foreach (var key in _buckets.Keys)
        {
            if (key <= oldest) (drop ??= []).Add(key);
        }
        if (drop is not null)
        {
            foreach (var k in drop) _buckets.Remove(k);
        }
        if (_seen.Count > 100_000) _seen.Clear();
    }

    /// <summary>Answers per minute over the last <see cref="RateMinutes"/> minutes (the current one included).</summary>
    public double AnswersPerMinute
    {
        get
        {
            var last = MinuteOf(_now);
            var n = 0;
            foreach (var (minute, b) in _buckets)
            {
                if (minute > last - RateMinutes) n += b.Answers;
            }
            return n / (double)RateMinutes;
        }
    }

    /// <summary>The share of first-try answers that were right over the window (0 without any).</summary>
    public double Accuracy
    {
        get
        {
            int first = 0, right = 0;
            foreach (var b in _buckets.Values)
            {
                first += b.FirstTry;
                right += b.FirstTryCorrect;
            }
            return first == 0 ? 0 : right / (double)first;
        }
    }

    /// <summary>One point per minute of the window, oldest first (minutes without answers included).</summary>
    public IReadOnlyList<ActivityPoint> Recent()
    {
        var last = MinuteOf(_now);
        var points = new ActivityPoint[Minutes];
        for (var i = 0; i < Minutes; i++)
        {
            var minute = last - Minutes + 1 + i;
            _buckets.TryGetValue(minute, out var b);
            points[i] = new ActivityPoint(DateTimeOffset.FromUnixTimeSeconds(minute * 60), b.Answers, b.FirstTry == 0 ? 0 : b.FirstTryCorrect / (double)b.FirstTry);
        }
        return points;
    }

    /// <summary>The window's end.</summary>
    public DateTimeOffset Now => _now;

    private static long MinuteOf(DateTimeOffset t) => (long)Math.Floor(t.ToUnixTimeSeconds() / 60.0);

    private struct Bucket
    {
        public int Answers;
        public int FirstTry;
        public int FirstTryCorrect;
    }
}
