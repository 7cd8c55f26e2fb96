using Microsoft.Extensions.Diagnostics.HealthChecks;
using StudyGraph.Api.Events;

namespace StudyGraph.Api.Hosting;

/// <summary>Healthy with the in-memory bus or a connected Redis; Degraded (still serving) while Redis is unreachable.</summary>
public sealed class EventBusHealthCheck(EventBusHandle bus) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (bus.Redis is not { } redis) return Task.FromResult(HealthCheckResult.Healthy("In-memory event bus (one instance)."));
        return Task.FromResult(redis.IsHealthy ? HealthCheckResult.Healthy(redis.HealthDescription) : HealthCheckResult.Degraded(redis.HealthDescription));
    }
}
