using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StudyGraph.GraphQL.AspNetCore.Http;
using StudyGraph.GraphQL.AspNetCore.Ide;
using StudyGraph.GraphQL.AspNetCore.WebSockets;
using StudyGraph.GraphQL.Execution;

namespace StudyGraph.GraphQL.AspNetCore;

/// <summary>The GraphQL endpoint: routes a request to the WebSocket or the HTTP transport.</summary>
internal sealed class GraphQLEndpoint
{
    private readonly GraphQLHttpHandler _http;
    private readonly GraphQLWebSocketHandler _webSockets;

    public GraphQLEndpoint(IServiceProvider services, IOptions<GraphQLServerOptions> options)
    {
        var executor = services.GetService<GraphQLRequestExecutor>()
            ?? throw new InvalidOperationException("The GraphQL endpoint needs a GraphQLRequestExecutor singleton in DI.");
        var provider = services.GetService<IGraphQLRequestContextProvider>() ?? AcceptAllContextProvider.Instance;
        var ide = services.GetService<IGraphQLIdePage>() ?? new DefaultIdePage();
        var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        var logger = services.GetService<ILoggerFactory>()?.CreateLogger("StudyGraph.GraphQL.AspNetCore") ?? NullLogger.Instance;
        var stopping = services.GetService<IHostApplicationLifetime>()?.ApplicationStopping ?? CancellationToken.None;
        var dependencies = new TransportDependencies(executor, provider, options.Value, time, logger, stopping);
        _http = new GraphQLHttpHandler(dependencies, ide);
        _webSockets = new GraphQLWebSocketHandler(dependencies);
    }

    public Task HandleAsync(HttpContext http) =>
        http.WebSockets.IsWebSocketRequest ? _webSockets.HandleAsync(http) : _http.HandleAsync(http);
}
