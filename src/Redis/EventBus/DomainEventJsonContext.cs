using System.Text.Json;
using System.Text.Json.Serialization;
using StudyGraph.Domain.Sessions;
using StudyGraph.Domain.Sessions.Events;

namespace StudyGraph.Redis;

/// <summary>
/// Source-generated serialization metadata for the bus envelope and every <see cref="IDomainEvent"/> type
/// (web defaults: camelCase names, enums as strings). <see cref="DomainEventSerializer"/> adds the type discriminator.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(RedisEventEnvelope))]
[JsonSerializable(typeof(IDomainEvent))]
[JsonSerializable(typeof(AnswerRecorded))]
[JsonSerializable(typeof(SessionProgressed))]
[JsonSerializable(typeof(SessionEnded))]
[JsonSerializable(typeof(DeliveryResumed))]
[JsonSerializable(typeof(SessionProgress))]
internal sealed partial class DomainEventJsonContext : JsonSerializerContext;
