using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StudyGraph.Api.Configuration;

namespace StudyGraph.Api.Hosting;

/// <summary>The HTTP side: health checks and the GraphQL endpoints.</summary>
public static class StudyGraphHttp
{
    /// <summary>Registers health checks (the store answers a ping; readiness).</summary>
    public static IServiceCollection AddStudyGraphHttp(this IServiceCollection services, StudyGraphSettings settings, IConfiguration configuration, IHostEnvironment environment)
    {
        _ = settings;
        _ = configuration;
        _ = environment;
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: ["ready"]);
        return services;
    }

    /// <summary>Maps <c>/health/live</c> (the process answers) and <c>/health/ready</c> (store reachable; degradations listed).</summary>
    public static WebApplication MapStudyGraph(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains("ready"),
            ResponseWriter = HealthResponse.WriteAsync,
        });
        return app;
    }
}
