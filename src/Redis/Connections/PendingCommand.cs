namespace StudyGraph.Redis;

/// <summary>A command waiting to be written, then waiting for its reply.</summary>
internal abstract class PendingCommand(RedisArgument[] arguments)
{
    internal RedisArgument[] Arguments { get; } = arguments;

    /// <summary>Hands the reply over; called on the read loop, so continuations must not run inline.</summary>
    internal abstract void Complete(RespValue reply);

    internal abstract void Fail(Exception error);
}

/// <summary>A command whose caller wants the reply as it came (error replies included).</summary>
internal sealed class ReplyCommand(RedisArgument[] arguments) : PendingCommand(arguments)
{
    private readonly TaskCompletionSource<RespValue> _reply = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal Task<RespValue> Reply => _reply.Task;

    internal override void Complete(RespValue reply) => _reply.TrySetResult(reply);

    internal override void Fail(Exception error) => _reply.TrySetException(error);
}

/// <summary>A command answered with an integer (PUBLISH): no intermediate tasks on the hot path.</summary>
internal sealed class IntegerCommand(RedisArgument[] arguments) : PendingCommand(arguments)
{
    private readonly TaskCompletionSource<long> _reply = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal Task<long> Reply => _reply.Task;

    internal override void Complete(RespValue reply)
    {
        if (reply.Type == RespType.Integer) _reply.TrySetResult(reply.Integer);
        else if (reply.IsError) _reply.TrySetException(new RedisServerException(reply.AsString() ?? ""));
        else _reply.TrySetException(new RedisProtocolException($"expected an integer reply, got {reply}"));
    }

    internal override void Fail(Exception error) => _reply.TrySetException(error);
}
