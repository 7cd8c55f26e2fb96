namespace StudyGraph.Api.Tests.Support;

/// <summary>One in-process API (seeded) shared by the tests of a class; tests must not depend on each other's writes.</summary>
public sealed class SharedApi : IAsyncLifetime
{
    /// <summary>The host.</summary>
    public ApiHost Host { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync() => Host = await ApiHost.StartAsync().ConfigureAwait(false);

    /// <inheritdoc />
    public async Task DisposeAsync() => await Host.DisposeAsync().ConfigureAwait(false);
}
