using System.Text.Json;
using StudyGraph.Api.Errors;

namespace StudyGraph.Api.Accounts;

/// <summary>The payload of <c>exportMyData</c>.</summary>
/// <param name="Data">Everything held about the user, as JSON; null on failure.</param>
/// <param name="Errors">Expected failures.</param>
public sealed record ExportPayload(JsonElement? Data, IReadOnlyList<UserError> Errors);
