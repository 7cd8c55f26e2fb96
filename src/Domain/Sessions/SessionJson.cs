using System.Text.Json;
using System.Text.Json.Serialization;

namespace StudyGraph.Domain.Sessions;

/// <summary>The JSON document form of a session, as the stores keep it.</summary>
public static class SessionJson
{
    /// <summary>The serializer options used for session documents (camelCase, enums as strings).</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The session as a JSON document.</summary>
    public static string Serialize(StudySession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return JsonSerializer.Serialize(session.ToSnapshot(), Options);
    }

    /// <summary>A session from a JSON document written by <see cref="Serialize"/>.</summary>
    public static StudySession Deserialize(string json)
    {
        var snapshot = JsonSerializer.Deserialize<StudySessionSnapshot>(json, Options)
            ?? throw new JsonException("A session document is null.");
        return StudySession.FromSnapshot(snapshot);
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var o = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper));
        o.MakeReadOnly(populateMissingResolver: true);
        return o;
    }
}
