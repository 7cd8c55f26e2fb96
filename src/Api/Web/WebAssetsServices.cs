using Microsoft.Extensions.DependencyInjection;
using StudyGraph.GraphQL.AspNetCore;

namespace StudyGraph.Api.Web;

/// <summary>Registers <see cref="WebAssets"/>.</summary>
public static class WebAssetsServices
{
    /// <summary>
    /// Registers one <see cref="WebAssets"/> for <paramref name="distPath"/> (the <c>Web:AssetsPath</c> setting, by default
    /// the repository's <c>web/dist</c>; it need not exist), also as the <see cref="IGraphQLIdePage"/> of
    /// <c>GET /graphql</c>. The host maps its files with <see cref="WebAssetsEndpoints.MapWebAssets"/>.
    /// </summary>
    public static IServiceCollection AddWebAssets(this IServiceCollection services, string distPath)
    {
        ArgumentNullException.ThrowIfNull(services);
        var assets = new WebAssets(distPath);
        services.AddSingleton(assets);
        services.AddSingleton<IGraphQLIdePage>(assets);
        return services;
    }
}
