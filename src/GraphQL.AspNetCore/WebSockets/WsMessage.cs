using System.Buffers;
using System.Text.Json;
using StudyGraph.GraphQL.AspNetCore.Http;
using StudyGraph.GraphQL.Execution;

namespace StudyGraph.GraphQL.AspNetCore.WebSockets;

/// <summary>Builds the JSON text of outgoing protocol messages: <c>{"id":..,"type":..,"payload":..}</c>.</summary>
internal static class WsMessage
{
    public static ReadOnlyMemory<byte> Create(string type, string? id = null) => Build(type, id, 0, null, null, null);

    public static ReadOnlyMemory<byte> WithValue(string type, string? id, object? payload) => Build(type, id, 1, payload, null, null);

    public static ReadOnlyMemory<byte> WithJson(string type, string? id, JsonElement payload) => Build(type, id, 1, payload, null, null);

    public static ReadOnlyMemory<byte> WithResult(string type, string id, ExecutionResult result) => Build(type, id, 2, null, result, null);

    public static ReadOnlyMemory<byte> WithErrors(string type, string? id, IReadOnlyList<GraphQLError> errors) => Build(type, id, 3, null, null, errors);

    public static ReadOnlyMemory<byte> WithMessage(string type, string? id, string message) =>
        WithValue(type, id, new Dictionary<string, object?> { ["message"] = message });

    private static ReadOnlyMemory<byte> Build(string type, string? id, int kind, object? value, ExecutionResult? result, IReadOnlyList<GraphQLError>? errors)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer, GraphQLHttpHandler.WriterOptions))
        {
            writer.WriteStartObject();
            if (id is not null) writer.WriteString("id"u8, id);
            writer.WriteString("type"u8, type);
            switch (kind)
            {
                case 1:
                    writer.WritePropertyName("payload"u8);
                    ExecutionResult.WriteValue(writer, value);
                    break;
                case 2:
                    writer.WritePropertyName("payload"u8);
                    result!.WriteTo(writer);
                    break;
                case 3:
                    writer.WritePropertyName("payload"u8);
                    writer.WriteStartArray();
                    foreach (var e in errors!) ExecutionResult.WriteError(writer, e);
                    writer.WriteEndArray();
                    break;
            }
            writer.WriteEndObject();
        }
        return buffer.WrittenMemory;
    }
}
