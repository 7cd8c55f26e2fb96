using System.Buffers.Text;
using System.Text;

namespace StudyGraph.Api.Relay;

/// <summary>
/// Relay global ids: base64url of <c>Type:rawId</c>. Opaque to clients; <see cref="Parse"/> also accepts a raw id
/// (or an exam or provider slug), so hand-written requests may use readable keys.
/// </summary>
public static class GlobalId
{
    /// <summary>The global id of <paramref name="typeName"/> <paramref name="rawId"/>.</summary>
    public static string Encode(string typeName, string rawId) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(typeName + ":" + rawId));

    /// <summary>Decodes a global id into its type and raw id; false when <paramref name="id"/> is not one.</summary>
    public static bool TryDecode(string? id, out string typeName, out string rawId)
    {
        typeName = rawId = "";
        if (string.IsNullOrEmpty(id) || id.Length > 1024 || !Base64Url.IsValid(id)) return false;
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(id));
        }
        catch (FormatException)
        {
            return false;
        }
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1) return false;
        typeName = text[..colon];
        for (var i = 0; i < typeName.Length; i++)
        {
            if (!char.IsAsciiLetter(typeName[i])) return false;
        }
        rawId = text[(colon + 1)..];
        return true;
    }

    /// <summary>
    /// The raw id of <paramref name="id"/> when it is a global id of <paramref name="typeName"/>, or <paramref name="id"/>
    /// itself when it is not a global id at all (a raw id or slug); null when it is the global id of another type.
    /// </summary>
    public static string? Parse(string id, string typeName)
    {
        if (!TryDecode(id, out var type, out var raw)) return id;
        return type == typeName ? raw : null;
    }
}
