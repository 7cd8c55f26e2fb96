namespace StudyGraph.Domain.Ports;

/// <summary>The outcome of an optimistic-concurrency write.</summary>
public enum SaveResult
{
    /// <summary>Written.</summary>
    Saved,

    /// <summary>The stored version differed from the expected one (or, for an insert, the id exists): nothing was written.</summary>
    ConcurrencyConflict,
}
