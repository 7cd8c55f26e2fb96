using System.Globalization;
using System.Text.Json;

namespace StudyGraph.GraphQL.Types.Scalars;

/// <summary>Classifies CLR and JSON values the way JavaScript's <c>typeof</c> sees them, for the built-in scalars.</summary>
internal static class JsValue
{
    /// <summary>Whether <paramref name="value"/> is a number, and its value as a double.</summary>
    public static bool TryNumber(object? value, out double number)
    {
        switch (value)
        {
            case int i: number = i; return true;
            case long l: number = l; return true;
            case double d: number = d; return true;
            case float f: number = f; return true;
            case decimal m: number = (double)m; return true;
            case short s: number = s; return true;
            case byte b: number = b; return true;
            case sbyte sb: number = sb; return true;
            case ushort us: number = us; return true;
            case uint ui: number = ui; return true;
            case ulong ul: number = ul; return true;
            case JsonElement { ValueKind: JsonValueKind.Number } je: number = je.GetDouble(); return true;
            default: number = 0; return false;
        }
    }

    /// <summary>Whether <paramref name="value"/> is a string (including a JSON string).</summary>
    public static bool TryString(object? value, out string text)
    {
        switch (value)
        {
            case string s: text = s; return true;
            case JsonElement { ValueKind: JsonValueKind.String } je: text = je.GetString()!; return true;
            default: text = ""; return false;
        }
    }

    /// <summary>Whether <paramref name="value"/> is a boolean (including a JSON boolean).</summary>
    public static bool TryBoolean(object? value, out bool flag)
    {
        switch (value)
        {
            case bool b: flag = b; return true;
            case JsonElement { ValueKind: JsonValueKind.True }: flag = true; return true;
            case JsonElement { ValueKind: JsonValueKind.False }: flag = false; return true;
            default: flag = false; return false;
        }
    }

    /// <summary>JavaScript's <c>Number.isInteger</c>.</summary>
    public static bool IsInteger(double d) => double.IsFinite(d) && Math.Floor(d) == d;

    /// <summary>The text of an integral CLR value without going through double (exact for 64-bit values).</summary>
    public static string IntegerText(object value, double asDouble) => value switch
    {
        long or int or short or byte or sbyte or ushort or uint or ulong => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        _ => Utilities.JsNumber.Format(asDouble),
    };
}
