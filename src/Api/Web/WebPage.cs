namespace StudyGraph.Api.Web;

/// <summary>The two pages built from <c>web/</c>: each has a folder under <c>web/dist</c> and a base path on the API.</summary>
public enum WebPage
{
    /// <summary>GraphiQL: <c>web/dist/graphiql</c>, assets under <c>/graphql-ide/</c>, the page itself at <c>GET /graphql</c>.</summary>
    Ide,

    /// <summary>The live dashboard: <c>web/dist/dashboard</c>, served under <c>/dashboard</c>.</summary>
    Dashboard,
}
