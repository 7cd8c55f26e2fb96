using System.Collections;
using System.Text;
using System.Text.Json;
using StudyGraph.Domain.Sessions;
using StudyGraph.Domain.Sessions.Events;
using static StudyGraph.Redis.Tests.EventBus.EventBusHarness;

namespace StudyGraph.Redis.Tests.EventBus;

public class DomainEventSerializerTests
{
    // One sample per event type, every field set to a value other than its default.
    private static readonly IDomainEvent[] Samples =
    [
        new AnswerRecorded("s1#7", "u1", "s1", SessionMode.TopicFocus, "aws-saa-c03", "networking", "q42", ["c", "a"], true, false,
            AttemptKind.FromPool, TimeSpan.FromMilliseconds(12_345), At),
        new SessionProgressed("s1", "u1", ["aws-saa-c03", "az-104"], SessionStatus.Paused, 17, Progress(5), At.AddMinutes(3)),
        new SessionEnded("s1", "u1", SessionMode.ExamSimulation, ["aws-saa-c03"], SessionStatus.Expired,
            Progress(9) with { TimeLeft = null, Penalty = null }, 0.72, true, At.AddHours(1)),
        new DeliveryResumed(At.AddMinutes(7)),
    ];

    [Fact]
    public void Every_domain_event_type_has_a_discriminator_and_a_sample_here()
    {
        var eventTypes = typeof(IDomainEvent).Assembly.GetTypes()
            .Where(t => typeof(IDomainEvent).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .OrderBy(t => t.FullName).ToArray();
        Assert.NotEmpty(eventTypes);
        Assert.Equal(eventTypes, DomainEventSerializer.EventTypes.Select(e => e.Type).OrderBy(t => t.FullName));
        Assert.Equal(eventTypes, Samples.Select(s => s.GetType()).OrderBy(t => t.FullName));
        Assert.Equal(DomainEventSerializer.EventTypes.Count, DomainEventSerializer.EventTypes.Select(e => e.Name).Distinct().Count());
    }

    [Fact]
    public void Every_event_type_round_trips_with_all_fields_equal()
    {
        for (var i = 0; i < Samples.Length; i++)
        {
            var envelope = new RedisEventEnvelope("instance-1", i + 1, ["session:s1", "exam:aws-saa-c03:activity"], Samples[i]);

            var back = DomainEventSerializer.Deserialize(DomainEventSerializer.Serialize(envelope));

            Assert.Equal("instance-1", back.Instance);
            Assert.Equal(i + 1, back.Sequence);
            Assert.Equal(envelope.Topics, back.Topics);
            Assert.IsType(Samples[i].GetType(), back.Event);
            AssertSameFields(Samples[i], back.Event, Samples[i].GetType().Name);
        }
    }

    [Fact]
    public void The_event_object_starts_with_its_type_discriminator_and_enums_are_names()
    {
        var json = Encoding.UTF8.GetString(DomainEventSerializer.Serialize(new RedisEventEnvelope("i", 3, ["session:s1"], Samples[0])));

        using var doc = JsonDocument.Parse(json);
        var e = doc.RootElement.GetProperty("event");
        var first = e.EnumerateObject().First();
        Assert.Equal(("$type", "AnswerRecorded"), (first.Name, first.Value.GetString()));
        Assert.Equal("TopicFocus", e.GetProperty("mode").GetString());
        Assert.Equal("FromPool", e.GetProperty("attemptKind").GetString());
        Assert.Equal(3, doc.RootElement.GetProperty("sequence").GetInt64());
        Assert.Equal(At, e.GetProperty("occurredAt").GetDateTimeOffset()); // the offset (+02:00) is kept
    }

    [Theory]
    [InlineData("""{"instance":"i","sequence":1,"topics":["t"],"event":{"$type":"SomethingNew","occurredAt":"2026-01-01T00:00:00Z"}}""")]
    [InlineData("""{"instance":"i","sequence":1,"topics":["t"]}""")]
    [InlineData("""{"instance":"i","sequence":1,"topics":["t"],"event":{"occurredAt":"2026-01-01T00:00:00Z"}}""")]
    [InlineData("""not json""")]
    [InlineData("""null""")]
    public void A_message_that_is_not_an_envelope_of_a_known_event_is_refused(string json)
    {
        var error = Record.Exception(() => DomainEventSerializer.Deserialize(Encoding.UTF8.GetBytes(json)));

        Assert.True(error is JsonException or NotSupportedException, $"unexpected {error?.GetType().Name ?? "success"}: {error?.Message}");
    }

    [Fact]
    public void The_own_sequence_is_read_from_the_header_of_own_messages_only()
    {
        var json = DomainEventSerializer.Serialize(new RedisEventEnvelope("me", 42, ["session:s1"], Samples[1]));

        Assert.True(DomainEventSerializer.TryReadOwnSequence(json, "me"u8, out var sequence));
        Assert.Equal(42, sequence);
        Assert.False(DomainEventSerializer.TryReadOwnSequence(json, "other"u8, out _));
        Assert.False(DomainEventSerializer.TryReadOwnSequence("{\"instance\":\"me\",\"seq"u8, "me"u8, out _));
        Assert.False(DomainEventSerializer.TryReadOwnSequence("{\"instance\":\"me\",\"sequence\":\"7\"}"u8, "me"u8, out _));
        Assert.False(DomainEventSerializer.TryReadOwnSequence("[1]"u8, "me"u8, out _));
        // Property order does not matter; other properties are skipped.
        Assert.True(DomainEventSerializer.TryReadOwnSequence("{\"topics\":[\"a\"],\"event\":{\"x\":[1,{\"y\":2}]},\"sequence\":7,\"instance\":\"me\"}"u8, "me"u8, out sequence));
        Assert.Equal(7, sequence);
    }

    /// <summary>Compares public properties one by one; lists element by element; records of records recursively.</summary>
    private static void AssertSameFields(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{path}: {expected ?? "null"} vs {actual ?? "null"}");
            return;
        }
        var type = expected.GetType();
        if (type.IsPrimitive || type.IsEnum || expected is string or decimal or DateTimeOffset or TimeSpan)
        {
            Assert.True(expected.Equals(actual), $"{path}: expected {expected}, got {actual}");
            if (expected is DateTimeOffset d) Assert.Equal(d.Offset, ((DateTimeOffset)actual).Offset);
            return;
        }
        if (expected is IEnumerable list)
        {
            var a = list.Cast<object?>().ToList();
            var b = ((IEnumerable)actual).Cast<object?>().ToList();
            Assert.True(a.Count == b.Count, $"{path}: {a.Count} items vs {b.Count}");
            for (var i = 0; i < a.Count; i++) AssertSameFields(a[i], b[i], $"{path}[{i}]");
            return;
        }
        var properties = type.GetProperties().Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract").ToArray();
        Assert.NotEmpty(properties);
        foreach (var p in properties) AssertSameFields(p.GetValue(expected), p.GetValue(actual), $"{path}.{p.Name}");
    }
}
