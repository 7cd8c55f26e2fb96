namespace StudyGraph.Redis;

/// <summary>A command waiting to be written, then waiting for its reply.</summary>
internal sealed class PendingCommand(RedisArgument[] arguments)
{
    private readonly TaskCompletionSource<RespValue> _reply = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal RedisArgument[] Arguments { get; } = arguments;

    internal Task<RespValue> Reply => _reply.Task;

    internal void Complete(RespValue value) => _reply.TrySetResult(value);

    internal void Fail(Exception error) => _reply.TrySetException(error);
}
