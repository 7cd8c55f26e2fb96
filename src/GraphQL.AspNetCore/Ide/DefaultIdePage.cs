using System.Net;
using Microsoft.AspNetCore.Http;

namespace StudyGraph.GraphQL.AspNetCore.Ide;

/// <summary>The built-in IDE page: a small self-contained HTML form that posts queries to the endpoint it was served from.</summary>
internal sealed class DefaultIdePage : IGraphQLIdePage
{
    public async Task WriteAsync(HttpContext http)
    {
        var endpoint = WebUtility.HtmlEncode(http.Request.PathBase.Add(http.Request.Path).Value ?? "/graphql");
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        var html = Template.Replace("{{endpoint}}", endpoint, StringComparison.Ordinal);
        await http.Response.WriteAsync(html, http.RequestAborted).ConfigureAwait(false);
    }

    private const string Template = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>StudyGraph GraphQL</title>
        <style>
        body { font-family: system-ui, sans-serif; margin: 1.5rem; }
        textarea, pre { width: 100%; box-sizing: border-box; font-family: ui-monospace, monospace; }
        textarea { height: 14rem; } pre { background: #f4f4f4; padding: 1rem; min-height: 8rem; white-space: pre-wrap; }
        </style>
        </head>
        <body>
        <h1>StudyGraph GraphQL</h1>
        <p>Endpoint: <code id="endpoint">{{endpoint}}</code> &middot; <a href="{{endpoint}}?sdl">schema (SDL)</a></p>
        <label for="query">Query</label>
        <textarea id="query">{ __typename }</textarea>
        <label for="variables">Variables (JSON)</label>
        <textarea id="variables" style="height: 4rem">{}</textarea>
        <p><button id="run">Run</button></p>
        <pre id="result"></pre>
        <script>
        document.getElementById('run').addEventListener('click', async () => {
          const out = document.getElementById('result');
          let variables;
          try { variables = JSON.parse(document.getElementById('variables').value || '{}'); }
          catch (e) { out.textContent = 'Variables are not JSON: ' + e.message; return; }
          const res = await fetch(document.getElementById('endpoint').textContent, {
            method: 'POST',
            headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
            body: JSON.stringify({ query: document.getElementById('query').value, variables })
          });
          out.textContent = res.status + '\n' + JSON.stringify(await res.json(), null, 2);
        });
        </script>
        </body>
        </html>
        """;
}
