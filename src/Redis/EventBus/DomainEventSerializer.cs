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
