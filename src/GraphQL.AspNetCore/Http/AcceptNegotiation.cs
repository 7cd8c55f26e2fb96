using Microsoft.Extensions.Primitives;

namespace StudyGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// Picks the response media type from the <c>Accept</c> header (GraphQL over HTTP, "Accept"): no header means
/// <c>application/graphql-response+json</c> (the rule since the 2025-01-01 watershed); an explicit
/// <c>application/graphql-response+json</c> wins over <c>application/json</c> at equal quality; wildcards get
/// <c>application/json</c>, which legacy clients understand.
/// </summary>
internal static class AcceptNegotiation
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    public static ResponseMediaType Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept)) return ResponseMediaType.GraphQLResponseJson;
        double graphql = -1, json = -1, wildcard = -1;
        var any = false;
        foreach (var header in accept)
        {
            if (header is null) continue;
            foreach (var range in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                any = true;
                var semi = range.IndexOf(';', StringComparison.Ordinal);
                var type = (semi < 0 ? range : range[..semi]).Trim();
                var q = semi < 0 ? 1.0 : Quality(range.AsSpan(semi + 1));
                if (type.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase)) graphql = Math.Max(graphql, q);
                else if (type.Equals(Json, StringComparison.OrdinalIgnoreCase)) json = Math.Max(json, q);
                else if (type is "*/*" || type.Equals("application/*", StringComparison.OrdinalIgnoreCase)) wildcard = Math.Max(wildcard, q);
            }
        }
        if (!any) return ResponseMediaType.GraphQLResponseJson;
        if (graphql > 0 && graphql >= json) return ResponseMediaType.GraphQLResponseJson;
        if (json > 0) return ResponseMediaType.Json;
        if (wildcard > 0) return ResponseMediaType.Json;
        return ResponseMediaType.None;
    }

    /// <summary>Whether the header names <c>text/html</c> (a browser navigating to the endpoint).</summary>
    public static bool AcceptsHtml(StringValues accept)
    {
        foreach (var header in accept)
        {
            if (header is not null && header.Contains("text/html", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static double Quality(ReadOnlySpan<char> parameters)
    {
        foreach (var range in parameters.Split(';'))
        {
            var p = parameters[range].Trim();
            if (p.Length < 2 || (p[0] != 'q' && p[0] != 'Q') || p[1] != '=') continue;
            return double.TryParse(p[2..], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var q)
                ? Math.Clamp(q, 0, 1) : 0;
        }
        return 1.0;
    }
}
