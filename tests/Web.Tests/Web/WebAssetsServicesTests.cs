using StudyGraph.Api.Web;
using StudyGraph.Web.Tests.Support;

namespace StudyGraph.Web.Tests.Web;

public sealed class WebAssetsServicesTests
{
    [Fact]
    public void LocateDist_finds_web_dist_above_the_start_folder()
    {
        using var repo = new FakeDist();
        repo.With("web/package.json", "{}").With("web/dist/graphiql/index.html", "x").With("src/Api/bin/app.dll", "");
        var start = Path.Combine(repo.Path, "src", "Api", "bin");

        Assert.Equal(Path.Combine(repo.Path, "web", "dist"), WebAssetsServices.LocateDist(start));
    }

    [Fact]
    public void LocateDist_names_the_repository_dist_before_it_is_built()
    {
        using var repo = new FakeDist();
        repo.With("web/package.json", "{}").With("src/Api/app.dll", "");
        using var elsewhere = new FakeDist();

        var dist = WebAssetsServices.LocateDist(elsewhere.Path, Path.Combine(repo.Path, "src", "Api"));

        Assert.Equal(Path.Combine(repo.Path, "web", "dist"), dist);
        Assert.False(new WebAssets(dist).IdeBuilt);
    }
}
