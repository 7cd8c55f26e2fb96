using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StudyGraph.GraphQL.Execution;

namespace StudyGraph.GraphQL.AspNetCore.Tests.Support;

/// <summary>A real Kestrel server on 127.0.0.1 (a free port) serving the test schema at /graphql.</summary>
public sealed class TestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestHost(WebApplication app, Uri baseAddress, TestEvents events, Probe probe)
    {
        _app = app;
        BaseAddress = baseAddress;
        Events = events;
        Probe = probe;
    }

    public Uri BaseAddress { get; }

    public Uri GraphQL => new(BaseAddress, "/graphql");

    public Uri WebSocket => new UriBuilder(GraphQL) { Scheme = "ws" }.Uri;

    public TestEvents Events { get; }

    public Probe Probe { get; }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public static async Task<TestHost> StartAsync(Action<GraphQLServerOptions>? configure = null, bool withProvider = true,
        Action<WebApplication>? beforeMap = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var events = new TestEvents();
        var probe = new Probe();
        builder.Services.AddSingleton(events);
        builder.Services.AddSingleton(new GraphQLRequestExecutor(TestSchema.Build(events, probe)));
        if (withProvider) builder.Services.AddSingleton<IGraphQLRequestContextProvider, TestContextProvider>();
        builder.Services.AddGraphQLServer(configure);
        var app = builder.Build();
        beforeMap?.Invoke(app);
        app.MapGraphQL();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestHost(app, new Uri(address), events, probe);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
