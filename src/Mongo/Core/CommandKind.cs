namespace StudyGraph.Mongo.Core;

/// <summary>How an operation may be retried.</summary>
public enum CommandKind
{
    /// <summary>Never retried (getMore, killCursors, multi-document writes, administrative commands).</summary>
    NoRetry,
    /// <summary>A read: retried once on a retryable error when retryReads is on.</summary>
    Read,
    /// <summary>A retryable write: gets a txnNumber and is retried once when retryWrites is on.</summary>
    RetryableWrite,
}
