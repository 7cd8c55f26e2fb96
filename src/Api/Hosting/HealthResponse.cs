using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace StudyGraph.Api.Hosting;

/// <summary>Writes a health report as JSON: overall status and each check's status and description.</summary>
public static class HealthResponse
{
    /// <summary>The response writer for <c>/health/ready</c>.</summary>
    public static async Task WriteAsync(HttpContext http, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(report);
        http.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(http.Response.Body);
        json.WriteStartObject();
        json.WriteString("status", report.Status.ToString());
        json.WriteStartObject("checks");
        foreach (var (name, entry) in report.Entries)
        {
            json.WriteStartObject(name);
            json.WriteString("status", entry.Status.ToString());
            if (entry.Description is { } d) json.WriteString("description", d);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
