using System.Text.Json;
using StudyGraph.GraphQL.Execution;
using StudyGraph.GraphQL.Language;
using StudyGraph.GraphQL.Types;

namespace StudyGraph.GraphQL.Tests.ExecutionTests.Support;

/// <summary>The tiny harness of the execution unit tests: run a query, get the response JSON.</summary>
internal static class Exec
{
    public static async Task<string> Json(GraphQLSchema schema, string query, string? variablesJson = null, object? root = null,
        IDictionary<string, object?>? userContext = null, CancellationToken cancellationToken = default)
    {
        var result = await Run(schema, query, variablesJson, root, userContext, cancellationToken);
        return result.ToJson();
    }

    public static async Task<ExecutionResult> Run(GraphQLSchema schema, string query, string? variablesJson = null, object? root = null,
        IDictionary<string, object?>? userContext = null, CancellationToken cancellationToken = default)
    {
        Dictionary<string, object?>? vars = null;
        if (variablesJson is not null)
        {
            vars = JsonDocument.Parse(variablesJson).RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone());
        }
        return await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = Parser.Parse(query),
            Variables = vars,
            RootValue = root,
            UserContext = userContext,
            CancellationToken = cancellationToken,
        });
    }
}
