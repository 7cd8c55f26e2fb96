namespace StudyGraph.GraphQL.Execution;

/// <summary>A loader whose queued keys the executor dispatches as one batch.</summary>
internal interface IBatchDispatcher
{
    bool HasPending { get; }

    Task DispatchAsync(CancellationToken cancellationToken);
}
