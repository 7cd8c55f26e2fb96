using System.Text.Json;
using Microsoft.AspNetCore.Http;
using StudyGraph.GraphQL.Execution;

namespace StudyGraph.GraphQL.AspNetCore.Tests.Support;

/// <summary>
/// HTTP: header <c>X-User</c> becomes the context's <c>user</c>; <c>X-User: nobody</c> is refused as UNAUTHENTICATED.
/// WebSockets: payload <c>{"user": ...}</c> becomes <c>user</c>; <c>{"user": "intruder"}</c> is rejected.
/// </summary>
public sealed class TestContextProvider : IGraphQLRequestContextProvider
{
    public ValueTask<object?> CreateHttpContextAsync(HttpContext http, CancellationToken ct)
    {
        var user = http.Request.Headers["X-User"].ToString();
        if (user == "nobody") throw new GraphQLException("Sign in first.", "UNAUTHENTICATED");
        return new ValueTask<object?>(user.Length == 0 ? null : new Dictionary<string, object?> { ["user"] = user });
    }

    public ValueTask<ConnectionInitResult> OnConnectionInitAsync(HttpContext http, JsonElement? payload, CancellationToken ct)
    {
        string? user = payload is { } p && p.TryGetProperty("user", out var u) ? u.GetString() : null;
        if (user == "intruder") return new(ConnectionInitResult.Reject("intruders are not welcome"));
        return new(ConnectionInitResult.Accept(user is null ? null : new Dictionary<string, object?> { ["user"] = user }) with
        {
            AckPayload = new Dictionary<string, object?> { ["server"] = "test" },
        });
    }
}
