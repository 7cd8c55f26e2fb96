namespace StudyGraph.Web.Tests.Support;

/// <summary>Browser tests run one at a time: several Chromiums at once on a small shared machine only add timeouts.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection
{
    public const string Name = "Browser";
}
