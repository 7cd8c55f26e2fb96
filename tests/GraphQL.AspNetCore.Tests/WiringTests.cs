using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using StudyGraph.GraphQL.AspNetCore.Tests.WebSockets;

namespace StudyGraph.GraphQL.AspNetCore.Tests;

public sealed class WiringTests
{
    [Fact]
    public async Task A_host_that_enables_websockets_itself_still_serves_them()
    {
        await using var host = await TestHost.StartAsync(beforeMap: app => app.UseWebSockets());
        await using var ws = await RawSocket.ConnectAsync(host);
        await ws.InitAsync();
    }

    [Fact]
    public void Mapping_without_AddGraphQLServer_fails_with_a_clear_message()
    {
        var builder = WebApplication.CreateSlimBuilder();
        using var app = builder.Build();
        var e = Assert.Throws<InvalidOperationException>(() => app.MapGraphQL());
        Assert.Contains("AddGraphQLServer", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mapping_without_an_executor_fails_with_a_clear_message()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddGraphQLServer();
        using var app = builder.Build();
        var e = Assert.Throws<InvalidOperationException>(() => app.MapGraphQL());
        Assert.Contains("GraphQLRequestExecutor", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_options_stop_start_up_naming_the_section()
    {
        var e = await Assert.ThrowsAnyAsync<Exception>(() => TestHost.StartAsync(o => o.MaxSubscriptionsPerConnection = 0));
        Assert.Contains("GraphQL:Server:MaxSubscriptionsPerConnection", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0L, 20, 10, 12, "MaxRequestBytes")]
    [InlineData(1000L, 0, 10, 12, "MaxSubscriptionsPerConnection")]
    [InlineData(1000L, 20, 0, 12, "ConnectionInitTimeout")]
    [InlineData(1000L, 20, 10, -1, "KeepAliveInterval")]
    public void Validate_names_the_bad_setting(long bytes, int subscriptions, int initSeconds, int keepAliveSeconds, string setting)
    {
        var options = new GraphQLServerOptions
        {
            MaxRequestBytes = bytes,
            MaxSubscriptionsPerConnection = subscriptions,
            ConnectionInitTimeout = TimeSpan.FromSeconds(initSeconds),
            KeepAliveInterval = TimeSpan.FromSeconds(keepAliveSeconds),
        };
        Assert.Contains(setting, options.Validate(), StringComparison.Ordinal);
        Assert.Null(new GraphQLServerOptions().Validate());
    }
}
