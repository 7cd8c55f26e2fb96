using System.Text.Json.Nodes;

namespace StudyGraph.Domain.Tests.Catalog.Import;

/// <summary>A small valid bank as a mutable JSON tree, for tests that break one rule at a time.</summary>
public static class BankJson
{
    public static JsonObject Valid() => JsonNode.Parse("""
    {
      "formatVersion": 1,
      "provider": { "id": "acme", "name": "Acme Cloud", "description": "A cloud.", "website": "https://acme.example/cert" },
      "exam": {
        "id": "acme-x1", "code": "X1", "name": "Acme Associate", "questionCount": 50, "durationMinutes": 90,
        "passingScore": { "score": 700, "maxScore": 1000 },
        "topics": [
          { "id": "acme-x1.net", "name": "Networking", "weight": 40, "skills": ["networking"] },
          { "id": "acme-x1.sec", "name": "Security", "weight": 60 }
        ]
      },
      "questions": [
        { "id": "acme-x1.q1", "topicId": "acme-x1.net", "type": "SINGLE_CHOICE", "text": "Which one?",
          "choices": [ { "id": "a", "text": "A" }, { "id": "b", "text": "B" }, { "id": "c", "text": "C" } ],
          "correctChoiceIds": ["b"], "explanation": "B because.", "references": ["https://acme.example/docs/b"],
          "difficulty": 2, "tags": ["vpc"] },
        { "id": "acme-x1.q2", "topicId": "acme-x1.sec", "type": "MULTIPLE_CHOICE", "text": "Which two?",
          "choices": [ { "id": "a", "text": "A" }, { "id": "b", "text": "B" }, { "id": "c", "text": "C" }, { "id": "d", "text": "D" } ],
          "correctChoiceIds": ["a", "d"], "explanation": "A and D.", "references": ["https://acme.example/docs/ad"],
          "difficulty": 4, "tags": [] },
        { "id": "acme-x1.q3", "topicId": "acme-x1.sec", "type": "SINGLE_CHOICE", "text": "True?",
          "choices": [ { "id": "t", "text": "True" }, { "id": "f", "text": "False" } ],
          "correctChoiceIds": ["t"], "explanation": "It is.", "references": [], "difficulty": 1 }
      ]
    }
    """)!.AsObject();

    public static JsonObject Q(JsonObject bank, int i) => bank["questions"]![i]!.AsObject();
}
