using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StudyGraph.GraphQL.AspNetCore.Http;
using StudyGraph.GraphQL.AspNetCore.WebSockets;

namespace StudyGraph.GraphQL.AspNetCore;

/// <summary>Wiring of the GraphQL transports: <see cref="AddGraphQLServer"/> in services, <see cref="MapGraphQL"/> in endpoints.</summary>
public static class GraphQLServerExtensions
{
    /// <summary>
    /// Registers the transports and their <see cref="GraphQLServerOptions"/> (validated at start-up). The host registers
    /// the <see cref="Execution.GraphQLRequestExecutor"/> singleton and, optionally, an
    /// <see cref="IGraphQLRequestContextProvider"/> and an <see cref="IGraphQLIdePage"/>.
    /// </summary>
    public static IServiceCollection AddGraphQLServer(this IServiceCollection services, Action<GraphQLServerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<GraphQLServerOptions>();
        if (configure is not null) options.Configure(configure);
        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphQLServerOptions>, GraphQLServerOptionsValidator>());
        services.TryAddSingleton<GraphQLEndpoint>();
        return services;
    }

    /// <summary>
    /// Maps GraphQL over HTTP (<c>GET</c>/<c>POST</c>), WebSockets (<c>graphql-transport-ws</c> and legacy <c>graphql-ws</c>),
    /// the IDE page and <c>?sdl</c> at <paramref name="pattern"/>. Enables WebSocket upgrades for this endpoint itself.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        if (endpoints.ServiceProvider.GetService<GraphQLEndpoint>() is null)
            throw new InvalidOperationException("MapGraphQL needs services.AddGraphQLServer() and a GraphQLRequestExecutor singleton.");
        var pipeline = endpoints.CreateApplicationBuilder();
        pipeline.UseWebSockets();
        pipeline.Run(http => http.RequestServices.GetRequiredService<GraphQLEndpoint>().HandleAsync(http));
        return endpoints.Map(pattern, pipeline.Build()).WithDisplayName("GraphQL " + pattern);
    }
}
