namespace StudyGraph.GraphQL.AspNetCore.Tests.Support;

/// <summary>What the test resolvers observed: the slow field started and was cancelled, the mutation counter.</summary>
public sealed class Probe
{
    private int _counter;

    public TaskCompletionSource SlowStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource SlowCancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Increment(int by) => Interlocked.Add(ref _counter, by);
}
