using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace StudyGraph.Api.Web;

/// <summary>Registers <see cref="WebAssets"/> and finds the <c>web/dist</c> folder.</summary>
public static class WebAssetsServices
{
    /// <summary>The setting naming the dist folder explicitly (otherwise <see cref="LocateDist"/> searches for it).</summary>
    public const string DistPathSetting = "Web:DistPath";

    /// <summary>
    /// Registers one <see cref="WebAssets"/> for the dist folder named by <c>Web:DistPath</c> or found by
    /// <see cref="LocateDist"/>. The host also registers it as the GraphQL IDE page and maps it with
    /// <see cref="WebAssetsEndpoints.MapWebAssets"/>.
    /// </summary>
    public static IServiceCollection AddWebAssets(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var configured = configuration[DistPathSetting];
        var dist = string.IsNullOrWhiteSpace(configured)
            ? LocateDist(environment.ContentRootPath, AppContext.BaseDirectory)
            : Path.GetFullPath(configured, environment.ContentRootPath);
        services.AddSingleton(new WebAssets(dist));
        return services;
    }

    /// <summary>
    /// The first <c>web/dist</c> found walking up from each
    /// start folder, else <c>web/dist</c> of the first repository root (a folder holding <c>web/package.json</c>) found,
    /// else <c>web/dist</c> below the first start folder. The folder need not exist: the pages say how to build it.
    /// </summary>
    public static string LocateDist(params string[] startFolders)
    {
        ArgumentNullException.ThrowIfNull(startFolders);
        string? repoDist = null;
        foreach (var start in startFolders)
        {
            for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
            {
                var dist = Path.Combine(dir.FullName, "web", "dist");
                if (Directory.Exists(dist)) return dist;
                if (repoDist is null && File.Exists(Path.Combine(dir.FullName, "web", "package.json"))) repoDist = dist;
            }
        }
        return repoDist ?? Path.Combine(Path.GetFullPath(startFolders.Length > 0 ? startFolders[0] : "."), "web", "dist");
    }
}
