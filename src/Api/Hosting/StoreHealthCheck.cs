using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace StudyGraph.Api.Hosting;

/// <summary>Ready when the document store answers a ping.</summary>
public sealed class StoreHealthCheck(StoreHandle store) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await store.Store.PingAsync(cancellationToken).ConfigureAwait(false)
                ? HealthCheckResult.Healthy("The document store answers.")
                : HealthCheckResult.Unhealthy("The document store does not answer a ping.");
        }
#pragma warning disable CA1031 // a health check reports every failure as unhealthy
        catch (Exception e)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy("The document store does not answer: " + e.Message);
        }
    }
}
