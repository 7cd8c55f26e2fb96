using Microsoft.Extensions.Logging;
using StudyGraph.GraphQL.Execution;

namespace StudyGraph.GraphQL.AspNetCore;

/// <summary>What every transport needs: the executor, the context provider, the options, the clock and a logger.</summary>
internal sealed record TransportDependencies(
    GraphQLRequestExecutor Executor,
    IGraphQLRequestContextProvider Contexts,
    GraphQLServerOptions Options,
    TimeProvider Time,
    ILogger Logger);
