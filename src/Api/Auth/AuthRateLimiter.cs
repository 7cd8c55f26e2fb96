using System.Threading.RateLimiting;
using StudyGraph.Api.Configuration;
using StudyGraph.Api.Context;
using StudyGraph.GraphQL.Execution;

namespace StudyGraph.Api.Auth;

/// <summary>
/// Per-client limits on the operations that guess passwords or create accounts: a fixed one-minute window per client
/// address and operation (<c>RateLimits:{Login|Register|PasswordReset}:PermitsPerMinute</c>; defaults 10, 5, 5; 0 turns
/// a limit off). Exceeding one fails the field with <c>RATE_LIMITED</c> and <c>extensions.retryAfterSeconds</c>.
/// </summary>
public sealed class AuthRateLimiter : IDisposable
{
    /// <summary>The operations limited.</summary>
    public static readonly IReadOnlyList<string> Operations = ["Login", "Register", "PasswordReset"];

    private readonly Dictionary<string, PartitionedRateLimiter<string>?> _limiters = new(StringComparer.Ordinal);

    /// <summary>Creates the limiter with <paramref name="permitsPerMinute"/> per operation (0: unlimited).</summary>
    public AuthRateLimiter(IReadOnlyDictionary<string, int> permitsPerMinute)
    {
        ArgumentNullException.ThrowIfNull(permitsPerMinute);
        foreach (var (operation, permits) in permitsPerMinute)
        {
            _limiters[operation] = permits <= 0 ? null : PartitionedRateLimiter.Create<string, string>(client =>
                RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
        }
    }

    /// <summary>The limits from configuration.</summary>
    /// <exception cref="SettingsException">A limit is not a whole number from 0 to 100000.</exception>
    public static AuthRateLimiter FromConfiguration(IConfiguration configuration)
    {
        var permits = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var operation in Operations)
        {
            var fallback = operation == "Login" ? 10 : 5;
            permits[operation] = StudyGraphSettings.Int(configuration, $"RateLimits:{operation}:PermitsPerMinute", fallback, 0, 100_000);
        }
        return new AuthRateLimiter(permits);
    }

    /// <summary>Takes one permit of <paramref name="operation"/> for <paramref name="client"/>; throws <c>RATE_LIMITED</c> when none is left.</summary>
    /// <exception cref="GraphQLException">The client exceeded the limit.</exception>
    public void Acquire(string operation, string client)
    {
        if (!_limiters.TryGetValue(operation, out var limiter) || limiter is null) return;
        using var lease = limiter.AttemptAcquire(client);
        if (lease.IsAcquired) return;
        var retry = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)) : 60;
        throw new GraphQLException($"Too many {operation} attempts from this client; retry in {retry} seconds.",
            new Dictionary<string, object?> { ["code"] = ErrorCodes.RateLimited, ["retryAfterSeconds"] = retry });
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var limiter in _limiters.Values) limiter?.Dispose();
    }
}
