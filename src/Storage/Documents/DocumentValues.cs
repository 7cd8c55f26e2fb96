using System.Text.Json;

namespace StudyGraph.Storage.Documents;

/// <summary>Normalizes filter and update values to the scalar kinds documents hold.</summary>
public static class DocumentValues
{
    /// <summary>
    /// A string, long, double, bool or null for <paramref name="value"/>. Integers widen to long, floats to double,
    /// enums become their names, and <see cref="DateTimeOffset"/>/<see cref="DateTime"/> become the UTC ISO 8601 text
    /// System.Text.Json writes (so they compare chronologically as strings).
    /// </summary>
    public static object? Normalize(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b,
        int i => (long)i,
        long l => l,
        short s16 => (long)s16,
        byte u8 => (long)u8,
        uint u32 => (long)u32,
        double d => d,
        float f => (double)f,
        decimal m => (double)m,
        DateTimeOffset dto => Iso(dto),
        DateTime dt => Iso(new DateTimeOffset(dt.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(dt, DateTimeKind.Utc) : dt)),
        Enum e => e.ToString(),
        JsonElement je => je.ValueKind switch
        {
            JsonValueKind.String => je.GetString(),
            JsonValueKind.Number => je.TryGetInt64(out var l) ? l : je.GetDouble(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Null => null,
            _ => throw new ArgumentException($"A {je.ValueKind} cannot be compared with a document field."),
        },
        _ => throw new ArgumentException($"A value of type {value.GetType().Name} cannot be compared with a document field."),
    };

    /// <summary>The list for In/Nin, each normalized.</summary>
    public static IReadOnlyList<object?> NormalizeList(object? value)
    {
        if (value is string or null || value is not System.Collections.IEnumerable items)
            throw new ArgumentException("In and Nin need a list of values.");
        var list = new List<object?>();
        foreach (var item in items) list.Add(Normalize(item));
        return list;
    }

    private static string Iso(DateTimeOffset value) => JsonSerializer.Serialize(value.ToUniversalTime()).Trim('"');
}
