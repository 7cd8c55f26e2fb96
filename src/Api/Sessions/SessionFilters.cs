using StudyGraph.Api.Relay;

namespace StudyGraph.Api.Sessions;

/// <summary>StudySessionFilterInput / StudySessionSortInput over the stored session documents.</summary>
public static class SessionFilters
{
    /// <summary>The translator.</summary>
    public static QueryTranslator Sessions { get; } = new(
        [
            new("mode", "mode", FilterFieldKind.Enum),
            new("status", "status", FilterFieldKind.Enum),
            new("startedAt", "createdAt", FilterFieldKind.DateTime),
        ],
        [
            new("startedAt", "createdAt", FilterFieldKind.DateTime),
            new("endedAt", "endedAt", FilterFieldKind.DateTime),
            new("mode", "mode", FilterFieldKind.Enum),
            new("status", "status", FilterFieldKind.Enum),
        ]);
}
