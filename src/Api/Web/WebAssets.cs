using Microsoft.AspNetCore.Http;
using StudyGraph.GraphQL.AspNetCore;

namespace StudyGraph.Api.Web;

/// <summary>
/// The web assets built by <c>scripts/build-web.sh</c> into <c>web/dist</c>: the GraphiQL IDE (the page a browser gets
/// for <c>GET /graphql</c>, its files under <c>/graphql-ide/</c>) and the live dashboard (<c>/dashboard</c>). When a page
/// is not built, its URLs answer with a page that says so and how to build it; the API runs either way.
/// </summary>
public sealed partial class WebAssets : IGraphQLIdePage
{
    /// <summary>The command that builds the assets, shown on the "not built" pages.</summary>
    public const string BuildCommand = "bash scripts/build-web.sh";

    private readonly string _ideRoot;
    private readonly string _dashboardRoot;

    /// <summary>Serves the pages built into <paramref name="distPath"/> (the folder holding <c>graphiql/</c> and <c>dashboard/</c>); it need not exist yet.</summary>
    public WebAssets(string distPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(distPath);
        DistPath = Path.GetFullPath(distPath);
        _ideRoot = Path.Combine(DistPath, "graphiql");
        _dashboardRoot = Path.Combine(DistPath, "dashboard");
    }

    /// <summary>The absolute path of the dist folder.</summary>
    public string DistPath { get; }

    /// <summary>Whether the GraphiQL page is built (checked on every call, so a build after start-up is picked up).</summary>
    public bool IdeBuilt => File.Exists(Path.Combine(_ideRoot, IndexFile));

    /// <summary>Whether the dashboard is built (checked on every call).</summary>
    public bool DashboardBuilt => File.Exists(Path.Combine(_dashboardRoot, IndexFile));

    /// <summary>
    /// Writes the IDE page for a browser's <c>GET /graphql</c>: the built GraphiQL <c>index.html</c> (its scripts and
    /// styles load from <c>/graphql-ide/</c>), or, when it is not built, a page saying how to build it.
    /// </summary>
    public Task WriteAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var index = Path.Combine(_ideRoot, IndexFile);
        return File.Exists(index) ? WriteFileAsync(http, index) : NotBuiltPage.WriteAsync(http, WebPage.Ide, DistPath);
    }

    /// <summary>
    /// Serves <paramref name="relativePath"/> of <paramref name="page"/>: a file of the build, <c>index.html</c> for the
    /// page's root (and, for paths without a file extension, as the single-page fallback), 404 for a missing file, or the
    /// "not built" page when the page has not been built.
    /// </summary>
    public Task ServeAsync(HttpContext http, WebPage page, string? relativePath)
    {
        ArgumentNullException.ThrowIfNull(http);
        var root = page == WebPage.Ide ? _ideRoot : _dashboardRoot;
        var index = Path.Combine(root, IndexFile);
        if (!File.Exists(index)) return NotBuiltPage.WriteAsync(http, page, DistPath);
        var file = WebAssetPath.Resolve(root, relativePath);
        if (file is null) return NotFoundAsync(http);
        if (File.Exists(file)) return WriteFileAsync(http, file);
        return Path.HasExtension(file) ? NotFoundAsync(http) : WriteFileAsync(http, index);
    }

    private const string IndexFile = "index.html";
}
