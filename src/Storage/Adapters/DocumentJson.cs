using System.Text.Json;
using System.Text.Json.Serialization;

namespace StudyGraph.Storage.Adapters;

/// <summary>How Domain objects are written as documents: camelCase, enums as UPPER_SNAKE names, nulls left out.</summary>
public static class DocumentJson
{
    /// <summary>The shared serializer options (read-only).</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Serializes <paramref name="value"/> to UTF-8 JSON.</summary>
    public static byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    /// <summary>Deserializes a document; a document that reads as null is a broken store.</summary>
    public static T Deserialize<T>(byte[] json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"A stored {typeof(T).Name} document is null.");

    /// <summary>
    /// The name an enum value has in documents (<c>TOPIC_FOCUS</c>), for filters: the stores compare strings, and
    /// <see cref="StudyGraph.Storage.Documents.DocumentValues"/> would otherwise use the C# name.
    /// </summary>
    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum => JsonSerializer.Serialize(value, Options).Trim('"');

    private static JsonSerializerOptions Create()
    {
        var o = new JsonSerializerOptions(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper));
        o.MakeReadOnly(populateMissingResolver: true);
        return o;
    }
}
