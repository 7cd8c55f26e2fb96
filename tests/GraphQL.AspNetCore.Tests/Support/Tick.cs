namespace StudyGraph.GraphQL.AspNetCore.Tests.Support;

/// <summary>An event of the test subscription.</summary>
public sealed record Tick(int N, string Topic);
