using System.Text.Json;

namespace StudyGraph.Api.Schema;

/// <summary>Schema spellings of CLR values.</summary>
public static class Names
{
    /// <summary>An enum value as the schema spells it (<c>TopicFocus</c> is <c>TOPIC_FOCUS</c>).</summary>
    public static string Enum<T>(T value) where T : struct, System.Enum => JsonNamingPolicy.SnakeCaseUpper.ConvertName(value.ToString());
}
