using StudyGraph.Api.Tests.Support;

namespace StudyGraph.Api.Tests.Live;

/// <summary>One seeded API on a real Kestrel port (127.0.0.1) for the websocket and Node-client tests of a class.</summary>
public sealed class LiveApi : IAsyncLifetime
{
    /// <summary>The host.</summary>
    public ApiHost Host { get; private set; } = null!;

    /// <summary>http://127.0.0.1:port/graphql.</summary>
    public string Url => new Uri(Host.Address!, "/graphql").ToString();

    /// <summary>ws://127.0.0.1:port/graphql.</summary>
    public string WsUrl => Url.Replace("http://", "ws://", StringComparison.Ordinal);

    /// <inheritdoc />
    public async Task InitializeAsync() => Host = await ApiHost.StartAsync(kestrel: true).ConfigureAwait(false);

    /// <inheritdoc />
    public async Task DisposeAsync() => await Host.DisposeAsync().ConfigureAwait(false);
}
