namespace StudyGraph.Mongo.Core;

/// <summary>Server error codes that drive rediscovery and retries (SDAM and retryable reads/writes specifications).</summary>
public static class ServerErrorCodes
{
    /// <summary>NotWritablePrimary.</summary>
    public const int NotWritablePrimary = 10107;

    /// <summary>NotPrimaryNoSecondaryOk.</summary>
    public const int NotPrimaryNoSecondaryOk = 13435;

    /// <summary>NotPrimaryOrSecondary.</summary>
    public const int NotPrimaryOrSecondary = 13436;

    /// <summary>InterruptedAtShutdown.</summary>
    public const int InterruptedAtShutdown = 11600;

    /// <summary>InterruptedDueToReplStateChange.</summary>
    public const int InterruptedDueToReplStateChange = 11602;

    /// <summary>PrimarySteppedDown.</summary>
    public const int PrimarySteppedDown = 189;

    /// <summary>ShutdownInProgress.</summary>
    public const int ShutdownInProgress = 91;

    /// <summary>True for "not writable primary" and "node is recovering" errors: the server's state changed, rediscover.</summary>
    public static bool IsStateChange(int code) => code is NotWritablePrimary or NotPrimaryNoSecondaryOk or NotPrimaryOrSecondary
        or InterruptedAtShutdown or InterruptedDueToReplStateChange or PrimarySteppedDown or ShutdownInProgress;

    /// <summary>True when the server is shutting down: its pool must be cleared too.</summary>
    public static bool IsShutdown(int code) => code is InterruptedAtShutdown or ShutdownInProgress;

    /// <summary>True for codes after which one retry of a read or retryable write is allowed.</summary>
    public static bool IsRetryable(int code) => IsStateChange(code) || code is 6 or 7 or 89 or 262 or 9001 or 134;
}
