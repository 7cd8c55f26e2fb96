namespace StudyGraph.GraphQL.AspNetCore.Tests.Support;

/// <summary>One server with the default options, shared by a test class.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public TestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await TestHost.StartAsync(o => o.KeepAliveInterval = TimeSpan.Zero);

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
