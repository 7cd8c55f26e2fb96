using Microsoft.Extensions.DependencyInjection;
using StudyGraph.Api.Web;
using StudyGraph.GraphQL.AspNetCore;
using StudyGraph.Web.Tests.Support;

namespace StudyGraph.Web.Tests.Web;

public sealed class WebAssetsServicesTests
{
    [Fact]
    public void AddWebAssets_registers_one_instance_that_is_also_the_graphql_ide_page()
    {
        using var dist = new FakeDist().Built();
        using var services = new ServiceCollection().AddWebAssets(dist.Path).BuildServiceProvider();

        var assets = services.GetRequiredService<WebAssets>();

        Assert.Same(assets, services.GetRequiredService<IGraphQLIdePage>());
        Assert.Equal(Path.GetFullPath(dist.Path), assets.DistPath);
        Assert.True(assets.IdeBuilt);
        Assert.True(assets.DashboardBuilt);
    }
}
