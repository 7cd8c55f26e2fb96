namespace StudyGraph.Redis;

/// <summary>
/// Times the outstanding keep-alive PING. A ping is overdue once unanswered for the larger of
/// <see cref="RedisOptions.KeepAlive"/> and <see cref="RedisOptions.ConnectTimeout"/>, so a short
/// keep-alive interval on a busy machine does not drop a healthy connection.
/// </summary>
internal sealed class KeepAliveWatch(RedisOptions options)
{
    private long _sentAt;

    internal TimeSpan Limit { get; } = options.KeepAlive > options.ConnectTimeout ? options.KeepAlive : options.ConnectTimeout;

    internal void Sent() => _sentAt = options.TimeProvider.GetTimestamp();

    internal bool Overdue() => options.TimeProvider.GetElapsedTime(_sentAt) >= Limit;
}
