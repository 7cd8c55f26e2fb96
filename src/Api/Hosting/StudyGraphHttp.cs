using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StudyGraph.Api.Auth;
using StudyGraph.Api.Configuration;
using StudyGraph.Api.Web;
using StudyGraph.GraphQL.AspNetCore;

namespace StudyGraph.Api.Hosting;

/// <summary>The HTTP side: health checks and the GraphQL endpoints.</summary>
public static class StudyGraphHttp
{
    /// <summary>Registers health checks (the store answers a ping; readiness).</summary>
    public static IServiceCollection AddStudyGraphHttp(this IServiceCollection services, StudyGraphSettings settings, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddGraphQLServer(o => configuration.GetSection("GraphQL:Server").Bind(o));
        services.AddStudyGraphAuth(settings, configuration, environment);
        services.AddWebAssets(settings.WebAssetsPath);
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: ["ready"])
            .AddCheck<EventBusHealthCheck>("eventBus", tags: ["ready"]);
        return services;
    }

    /// <summary>Maps <c>/graphql</c> (HTTP, websockets, IDE page, <c>?sdl</c>), the web assets (<c>/graphql-ide</c>, <c>/dashboard</c>), <c>/health/live</c> (the process answers) and <c>/health/ready</c> (store reachable; degradations listed).</summary>
    public static WebApplication MapStudyGraph(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var settings = app.Services.GetRequiredService<StudyGraphSettings>();
        if (settings.TrustedProxies.Count > 0)
        {
            // Behind trusted proxies the client (rate limits, logs) is the address they forwarded, hop by trusted hop.
            var forwarded = new ForwardedHeadersOptions
            {
                ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
                ForwardLimit = null,
            };
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var network in settings.TrustedProxies) forwarded.KnownIPNetworks.Add(network);
            app.UseForwardedHeaders(forwarded);
        }
        app.UseWebSockets();
        app.UseStudyGraphAuth();
        app.MapGraphQL("/graphql");
        app.MapWebAssets(app.Services.GetRequiredService<WebAssets>());
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains("ready"),
            ResponseWriter = HealthResponse.WriteAsync,
        });
        return app;
    }
}
