using Microsoft.Extensions.Logging;
using StudyGraph.GraphQL.Execution;

namespace StudyGraph.GraphQL.AspNetCore;

/// <summary>
/// What every transport needs: the executor, the context provider, the options, the clock, a logger, and the host's
/// stopping token (long-lived WebSockets and event streams end when it fires, so shutdown does not wait for them).
/// </summary>
internal sealed record TransportDependencies(
    GraphQLRequestExecutor Executor,
    IGraphQLRequestContextProvider Contexts,
    GraphQLServerOptions Options,
    TimeProvider Time,
    ILogger Logger,
    CancellationToken Stopping);
