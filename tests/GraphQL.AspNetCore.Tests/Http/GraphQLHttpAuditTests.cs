using System.Text.Json;
using StudyGraph.Testing;
using Xunit.Abstractions;

namespace StudyGraph.GraphQL.AspNetCore.Tests.Http;

/// <summary>The npm graphql-http audit suite (GraphQL over HTTP conformance) against the real Kestrel server.</summary>
public sealed class GraphQLHttpAuditTests(ServerFixture fixture, ITestOutputHelper output) : IClassFixture<ServerFixture>
{
    [Fact]
    public void Every_MUST_audit_passes_and_the_SHOULDs_are_reported()
    {
        var stdout = NodeOracle.Run("transport/audit.js", JsonSerializer.Serialize(new { url = fixture.Host.GraphQL.ToString() }));
        using var results = JsonDocument.Parse(stdout);
        var audits = results.RootElement.EnumerateArray().ToList();
        Assert.True(audits.Count > 40, $"only {audits.Count} audits ran");
        var failedMusts = new List<string>();
        foreach (var audit in audits)
        {
            var status = audit.GetProperty("status").GetString();
            var line = $"{status,-6} {audit.GetProperty("id").GetString()} {audit.GetProperty("name").GetString()}";
            if (status != "ok") line += " -- " + audit.GetProperty("reason").GetString();
            output.WriteLine(line);
            if (status == "error") failedMusts.Add(line);
        }
        Assert.Empty(failedMusts);
        var mustCount = audits.Count(a => a.GetProperty("name").GetString()!.StartsWith("MUST", StringComparison.Ordinal));
        Assert.True(mustCount >= 10, $"only {mustCount} MUST audits ran");
    }
}
