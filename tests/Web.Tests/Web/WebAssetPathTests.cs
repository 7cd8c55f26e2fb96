using StudyGraph.Api.Web;

namespace StudyGraph.Web.Tests.Web;

public sealed class WebAssetPathTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "dist", "dashboard");

    [Theory]
    [InlineData(null, "index.html")]
    [InlineData("", "index.html")]
    [InlineData("assets/", "assets/index.html")]
    [InlineData("assets/index-abc.js", "assets/index-abc.js")]
    public void Paths_inside_the_folder_resolve_to_files_in_it(string? relative, string expected)
    {
        Assert.Equal(Path.Combine(Root, expected.Replace('/', Path.DirectorySeparatorChar)), WebAssetPath.Resolve(Root, relative));
    }

    [Theory]
    [InlineData("../secret.txt")]
    [InlineData("assets/../../secret.txt")]
    [InlineData("..")]
    [InlineData(".git/config")]
    [InlineData("assets/.env")]
    [InlineData("assets//x.js")]
    [InlineData("..\\secret.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("c:/windows/win.ini")]
    [InlineData("a\0b")]
    public void Paths_that_leave_the_folder_or_name_hidden_files_are_refused(string relative)
    {
        Assert.Null(WebAssetPath.Resolve(Root, relative));
    }

    [Fact]
    public void A_sibling_folder_sharing_the_prefix_is_outside()
    {
        // "dashboard-old" starts with "dashboard": only a separator after the root counts as inside.
        Assert.Null(WebAssetPath.Resolve(Root, "../dashboard-old/index.html"));
    }
}
