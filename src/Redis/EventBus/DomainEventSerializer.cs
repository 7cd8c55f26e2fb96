using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using StudyGraph.Domain.Sessions.Events;

namespace StudyGraph.Redis;

/// <summary>
/// The JSON form of <see cref="RedisEventEnvelope"/> on the bus, through source-generated metadata. The event is
/// polymorphic: its object starts with <c>"$type"</c> naming the event type (<see cref="EventTypes"/>).
/// </summary>
public static class DomainEventSerializer
{
    /// <summary>The discriminator property of the event object.</summary>
    public const string DiscriminatorProperty = "$type";

    /// <summary>Every event type the bus carries, with its discriminator. An event of another type cannot be published.</summary>
    public static IReadOnlyList<(Type Type, string Name)> EventTypes { get; } =
    [
        (typeof(AnswerRecorded), nameof(AnswerRecorded)),
        (typeof(SessionProgressed), nameof(SessionProgressed)),
        (typeof(SessionEnded), nameof(SessionEnded)),
        (typeof(DeliveryResumed), nameof(DeliveryResumed)),
    ];

    private static readonly JsonTypeInfo<RedisEventEnvelope> EnvelopeInfo = CreateEnvelopeInfo();

    /// <summary>The envelope as UTF-8 JSON.</summary>
    public static byte[] Serialize(RedisEventEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        return JsonSerializer.SerializeToUtf8Bytes(envelope, EnvelopeInfo);
    }

    /// <summary>
    /// An envelope from UTF-8 JSON written by <see cref="Serialize"/>. Throws <see cref="JsonException"/> (or
    /// <see cref="NotSupportedException"/> for an unknown event type) when the bytes are not one.
    /// </summary>
    public static RedisEventEnvelope Deserialize(ReadOnlySpan<byte> utf8Json)
    {
        var envelope = JsonSerializer.Deserialize(utf8Json, EnvelopeInfo) ?? throw new JsonException("the bus message is null");
        if (envelope.Instance is null || envelope.Topics is null || envelope.Event is null)
            throw new JsonException("the bus message lacks its instance, topics or event");
        return envelope;
    }

    /// <summary>
    /// Reads only the envelope's <c>instance</c> and <c>sequence</c> (written first): true with the sequence when the
    /// message comes from <paramref name="instanceUtf8"/>, so an instance's own echoes skip decoding the event.
    /// False when it comes from elsewhere or the header cannot be read (decode it fully to find out why).
    /// </summary>
    internal static bool TryReadOwnSequence(ReadOnlySpan<byte> utf8Json, ReadOnlySpan<byte> instanceUtf8, out long sequence)
    {
        sequence = 0;
        try
        {
            var reader = new Utf8JsonReader(utf8Json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return false;
            bool? own = null;
            long? found = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isInstance = reader.ValueTextEquals("instance"u8);
                var isSequence = !isInstance && reader.ValueTextEquals("sequence"u8);
                if (!reader.Read()) return false;
                if (isInstance)
                {
                    if (reader.TokenType != JsonTokenType.String) return false;
                    own = reader.ValueTextEquals(instanceUtf8);
                    if (own == false) return false;
                }
                else if (isSequence)
                {
                    if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out var value)) return false;
                    found = value;
                }
                else
                {
                    reader.Skip();
                }
                if (own == true && found is { } s)
                {
                    sequence = s;
                    return true;
                }
            }
            return false;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static JsonTypeInfo<RedisEventEnvelope> CreateEnvelopeInfo()
    {
        var options = new JsonSerializerOptions(DomainEventJsonContext.Default.Options)
        {
            TypeInfoResolver = DomainEventJsonContext.Default.WithAddedModifier(AddEventTypes),
        };
        options.MakeReadOnly();
        return (JsonTypeInfo<RedisEventEnvelope>)options.GetTypeInfo(typeof(RedisEventEnvelope));
    }

    private static void AddEventTypes(JsonTypeInfo info)
    {
        if (info.Type != typeof(IDomainEvent)) return;
        var polymorphism = new JsonPolymorphismOptions
        {
            TypeDiscriminatorPropertyName = DiscriminatorProperty,
            UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization,
        };
        foreach (var (type, name) in EventTypes) polymorphism.DerivedTypes.Add(new JsonDerivedType(type, name));
        info.PolymorphismOptions = polymorphism;
    }
}
