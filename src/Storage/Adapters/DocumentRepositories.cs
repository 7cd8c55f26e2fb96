using StudyGraph.Domain.Accounts;
using StudyGraph.Domain.Learning;
using StudyGraph.Domain.Ports;
using StudyGraph.Storage.Documents;

namespace StudyGraph.Storage.Adapters;

/// <summary>
/// Every Domain port over one document store (Sqlite or MongoDB): the API opens this once at start-up and registers
/// each property under its port interface.
/// </summary>
public sealed class DocumentRepositories
{
    private DocumentRepositories() { }

    /// <summary>Every collection this class opens, with its indexes.</summary>
    public static IReadOnlyList<CollectionDefinition> Definitions { get; } =
    [
        DocumentProviderRepository.Definition, DocumentExamRepository.Definition, DocumentQuestionRepository.Definition,
        DocumentSessionRepository.Definition, DocumentAnswerEventStore.Definition, DocumentUserRepository.Definition,
        DocumentRefreshTokenRepository.Definition, DocumentOneTimeTokenRepository.Definition, DocumentLearnerStatsStore.Definition,
        DocumentQuestionRatingStore.Definition, DocumentGoalRepository.Definition, DocumentBookmarkRepository.Definition,
    ];

    /// <summary>Opens every collection (creating it and its indexes when missing) and builds the adapters.</summary>
    public static async Task<DocumentRepositories> OpenAsync(IDocumentStore store, TimeProvider time, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        async ValueTask<IDocumentCollection> Open(CollectionDefinition d) => await store.OpenAsync(d, ct).ConfigureAwait(false);
        var sessions = new DocumentSessionRepository(await Open(DocumentSessionRepository.Definition).ConfigureAwait(false));
        var answers = new DocumentAnswerEventStore(await Open(DocumentAnswerEventStore.Definition).ConfigureAwait(false));
        var stats = new DocumentLearnerStatsStore(await Open(DocumentLearnerStatsStore.Definition).ConfigureAwait(false));
        var goals = new DocumentGoalRepository(await Open(DocumentGoalRepository.Definition).ConfigureAwait(false));
        var bookmarks = new DocumentBookmarkRepository(await Open(DocumentBookmarkRepository.Definition).ConfigureAwait(false), time);
        return new DocumentRepositories
        {
            Store = store,
            Providers = new DocumentProviderRepository(await Open(DocumentProviderRepository.Definition).ConfigureAwait(false)),
            Exams = new DocumentExamRepository(await Open(DocumentExamRepository.Definition).ConfigureAwait(false)),
            Questions = new DocumentQuestionRepository(await Open(DocumentQuestionRepository.Definition).ConfigureAwait(false)),
            Sessions = sessions,
            AnswerEvents = answers,
            Users = new DocumentUserRepository(await Open(DocumentUserRepository.Definition).ConfigureAwait(false)),
            RefreshTokens = new DocumentRefreshTokenRepository(await Open(DocumentRefreshTokenRepository.Definition).ConfigureAwait(false)),
            OneTimeTokens = new DocumentOneTimeTokenRepository(await Open(DocumentOneTimeTokenRepository.Definition).ConfigureAwait(false)),
            LearnerStats = stats,
            QuestionRatings = new DocumentQuestionRatingStore(await Open(DocumentQuestionRatingStore.Definition).ConfigureAwait(false)),
            Goals = goals,
            Bookmarks = bookmarks,
            ReviewQueue = new ReviewPlanner(stats),
            DrawHints = new LearningDrawHints(stats),
            UserData = [new SessionDataPort(sessions), new AnswerEventDataPort(answers), goals, stats, bookmarks],
        };
    }

    /// <summary>The store the collections live in.</summary>
    public required IDocumentStore Store { get; init; }

    /// <summary><see cref="IProviderRepository"/>.</summary>
    public required DocumentProviderRepository Providers { get; init; }

    /// <summary><see cref="IExamRepository"/>, with connection queries.</summary>
    public required DocumentExamRepository Exams { get; init; }

    /// <summary><see cref="IQuestionRepository"/>, with connection queries.</summary>
    public required DocumentQuestionRepository Questions { get; init; }

    /// <summary><see cref="ISessionRepository"/>, with connection queries over a learner's sessions.</summary>
    public required DocumentSessionRepository Sessions { get; init; }

    /// <summary><see cref="IAnswerEventStore"/>.</summary>
    public required DocumentAnswerEventStore AnswerEvents { get; init; }

    /// <summary><see cref="IUserRepository"/>.</summary>
    public required DocumentUserRepository Users { get; init; }

    /// <summary><see cref="IRefreshTokenRepository"/>.</summary>
    public required DocumentRefreshTokenRepository RefreshTokens { get; init; }

    /// <summary><see cref="IOneTimeTokenRepository"/>.</summary>
    public required DocumentOneTimeTokenRepository OneTimeTokens { get; init; }

    /// <summary><see cref="ILearnerStatsStore"/> (also a data port).</summary>
    public required DocumentLearnerStatsStore LearnerStats { get; init; }

    /// <summary><see cref="IQuestionRatingStore"/>.</summary>
    public required DocumentQuestionRatingStore QuestionRatings { get; init; }

    /// <summary><see cref="IGoalRepository"/> (also a data port).</summary>
    public required DocumentGoalRepository Goals { get; init; }

    /// <summary><see cref="IBookmarkRepository"/> (also a data port).</summary>
    public required DocumentBookmarkRepository Bookmarks { get; init; }

    /// <summary><see cref="IReviewQueueSource"/>: the learning model's review planner over <see cref="LearnerStats"/>.</summary>
    public required ReviewPlanner ReviewQueue { get; init; }

    /// <summary><see cref="IDrawHintsSource"/>: the learning model's hints over <see cref="LearnerStats"/>.</summary>
    public required LearningDrawHints DrawHints { get; init; }

    /// <summary>
    /// The export and erasure sections, in order: sessions, answerEvents (anonymized), goals, learnerStats,
    /// bookmarks. Pass them to <see cref="AccountService"/>; users and tokens are handled by the service itself.
    /// </summary>
    public required IReadOnlyList<IUserDataPort> UserData { get; init; }
}
