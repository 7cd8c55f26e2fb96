using System.Text.Json;
using StudyGraph.GraphQL.Execution;
using StudyGraph.GraphQL.Types;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.GraphQL.AspNetCore.Tests.Support;

/// <summary>A small schema with a query, a mutation and a Channel-fed subscription.</summary>
public static class TestSchema
{
    public const string Sdl = """
        type Query {
          hello(name: String = "world"): String!
          whoami: String
          slow: String
          fail: String
          extension(name: String!): String
          transport: String
        }
        type Mutation { increment(by: Int! = 1): Int! }
        type Subscription { ticks(topic: String!): Tick! }
        type Tick { n: Int! topic: String! }
        """;

    public static GraphQLSchema Build(TestEvents events, Probe probe) => SchemaBuilder.FromSdl(Sdl)
        .Bind("Query", "hello", ctx => $"Hello, {ctx.GetArgument<string>("name")}!")
        .Bind("Query", "whoami", ctx => ctx.UserContext.TryGetValue("user", out var user) ? user : null)
        .Bind("Query", "slow", async ctx =>
        {
            probe.SlowStarted.TrySetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, ctx.CancellationToken);
            }
            catch (OperationCanceledException)
            {
                probe.SlowCancelled.TrySetResult();
                throw;
            }
            return "never";
        })
        .Bind("Query", "fail", _ => throw new GraphQLException("it failed", "TEST_FAILURE"))
        .Bind("Query", "extension", ctx =>
            ctx.UserContext.TryGetValue(GraphQLContextKeys.Extensions, out var e) && e is JsonElement json
            && json.TryGetProperty(ctx.GetArgument<string>("name"), out var v) ? v.ToString() : null)
        .Bind("Query", "transport", ctx =>
            ctx.UserContext.TryGetValue(GraphQLContextKeys.HttpContext, out var h) && h is Microsoft.AspNetCore.Http.HttpContext http
            && ReferenceEquals(ctx.RequestServices, http.RequestServices) && ctx.GetRequiredService<TestEvents>() == events
                ? (http.WebSockets.IsWebSocketRequest ? "websocket" : "http") : "missing")
        .Bind("Mutation", "increment", ctx => probe.Increment(ctx.GetArgument<int>("by")))
        .BindSubscription("Subscription", "ticks", ctx => events.Subscribe(ctx.GetArgument<string>("topic"), ctx.CancellationToken))
        .BindType<Tick>("Tick")
        .Build();
}
