using Microsoft.Extensions.Primitives;
using StudyGraph.GraphQL.AspNetCore.Http;

namespace StudyGraph.GraphQL.AspNetCore.Tests.Http;

public sealed class AcceptNegotiationTests
{
    [Theory]
    [InlineData(null, "graphql")]
    [InlineData("application/graphql-response+json", "graphql")]
    [InlineData("application/json", "json")]
    [InlineData("application/graphql-response+json, application/json", "graphql")]
    [InlineData("application/json, application/graphql-response+json;q=0.9", "json")]
    [InlineData("application/graphql-response+json;q=0.5, application/json;q=0.4", "graphql")]
    [InlineData("*/*", "json")]
    [InlineData("application/*", "json")]
    [InlineData("text/html, */*;q=0.1", "json")]
    [InlineData("text/html", "none")]
    [InlineData("application/json;q=0", "none")]
    [InlineData("APPLICATION/JSON", "json")]
    public void Picks_the_media_type(string? accept, string expected)
    {
        var picked = AcceptNegotiation.Negotiate(accept is null ? StringValues.Empty : new StringValues(accept));
        Assert.Equal(expected, picked switch
        {
            ResponseMediaType.GraphQLResponseJson => "graphql",
            ResponseMediaType.Json => "json",
            _ => "none",
        });
    }
}
