using System.Text.Json;
using System.Text.Json.Serialization;
using StudyGraph.Domain.Accounts;

namespace StudyGraph.Api.Accounts;

/// <summary>The JSON of a data export (camelCase names, enums as strings, instants as ISO 8601).</summary>
public static class ExportJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary><paramref name="export"/> as a JSON value (sections' records serialized by their runtime types).</summary>
    public static JsonElement ToElement(AccountExport export) => JsonSerializer.SerializeToElement(export, Options);
}
