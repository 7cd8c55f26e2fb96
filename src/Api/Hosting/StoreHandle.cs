using StudyGraph.Api.Configuration;
using StudyGraph.Domain.Accounts;
using StudyGraph.Domain.Learning;
using StudyGraph.Domain.Ports;
using StudyGraph.Storage.Adapters;
using StudyGraph.Storage.Documents;
using StudyGraph.Storage.Mongo;
using StudyGraph.Storage.Sqlite;

namespace StudyGraph.Api.Hosting;

/// <summary>
/// The opened document store and the Domain ports over it. Opened once at start-up (<see cref="OpenAsync"/>), before
/// the server accepts requests; the DI container hands out its ports.
/// </summary>
public sealed class StoreHandle(StudyGraphSettings settings, TimeProvider time) : IAsyncDisposable
{
    private IDocumentStore? _store;

    /// <summary>The store (after <see cref="OpenAsync"/>).</summary>
    public IDocumentStore Store => _store ?? throw NotOpen();

    /// <summary>Providers.</summary>
    public IProviderRepository Providers { get; private set; } = null!;

    /// <summary>Exams.</summary>
    public IExamRepository Exams { get; private set; } = null!;

    /// <summary>Questions.</summary>
    public IQuestionRepository Questions { get; private set; } = null!;

    /// <summary>Study sessions.</summary>
    public ISessionRepository Sessions { get; private set; } = null!;

    /// <summary>Answer events.</summary>
    public IAnswerEventStore AnswerEvents { get; private set; } = null!;

    /// <summary>Users.</summary>
    public IUserRepository Users { get; private set; } = null!;

    /// <summary>Refresh tokens.</summary>
    public IRefreshTokenRepository RefreshTokens { get; private set; } = null!;

    /// <summary>Verification and reset tokens.</summary>
    public IOneTimeTokenRepository OneTimeTokens { get; private set; } = null!;

    /// <summary>Learner statistics.</summary>
    public ILearnerStatsStore LearnerStats { get; private set; } = null!;

    /// <summary>Question ratings.</summary>
    public IQuestionRatingStore QuestionRatings { get; private set; } = null!;

    /// <summary>Goals.</summary>
    public IGoalRepository Goals { get; private set; } = null!;

    /// <summary>Bookmarks.</summary>
    public IBookmarkRepository Bookmarks { get; private set; } = null!;

    /// <summary>Every port holding per-user data (exports and account deletion).</summary>
    public IReadOnlyList<IUserDataPort> UserData { get; private set; } = [];

    /// <summary>Opens the configured store and its collections (creating indexes).</summary>
    public async Task OpenAsync(CancellationToken ct)
    {
        if (_store is not null) return;
        switch (settings.Storage)
        {
            case StorageProvider.Sqlite:
                Directory.CreateDirectory(Path.GetDirectoryName(settings.SqlitePath)!);
                _store = await SqliteDocumentStore.OpenAsync(new SqliteStoreOptions { Path = settings.SqlitePath }, ct).ConfigureAwait(false);
                break;
            case StorageProvider.Mongo:
                try
                {
                    _store = await MongoDocumentStore.OpenAsync(new MongoStoreOptions { ConnectionString = settings.MongoConnectionString! }, ct).ConfigureAwait(false);
                }
                catch (ArgumentException e)
                {
                    throw new SettingsException("Storage:Mongo:ConnectionString", e.Message);
                }
                break;
            default:
                throw new SettingsException("Storage:Provider", $"unknown store {settings.Storage}.");
        }
        Repositories = await DocumentRepositories.OpenAsync(_store, time, ct).ConfigureAwait(false);
        Providers = Repositories.Providers;
        Exams = Repositories.Exams;
        Questions = Repositories.Questions;
        Sessions = Repositories.Sessions;
        SessionDocuments = Repositories.Sessions;
        AnswerEvents = Repositories.AnswerEvents;
        Users = Repositories.Users;
        RefreshTokens = Repositories.RefreshTokens;
        OneTimeTokens = Repositories.OneTimeTokens;
        LearnerStats = Repositories.LearnerStats;
        QuestionRatings = Repositories.QuestionRatings;
        Goals = Repositories.Goals;
        Bookmarks = Repositories.Bookmarks;
        UserData = Repositories.UserData;
    }

    /// <summary>The store adapters (after <see cref="OpenAsync"/>).</summary>
    public DocumentRepositories Repositories { get; private set; } = null!;

    /// <summary>The session repository with its store queries (connections of a learner's sessions).</summary>
    public DocumentSessionRepository SessionDocuments { get; private set; } = null!;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_store is IAsyncDisposable d) await d.DisposeAsync().ConfigureAwait(false);
        else (_store as IDisposable)?.Dispose();
    }

    private static InvalidOperationException NotOpen() => new("The store is not open yet (StoreHandle.OpenAsync runs at start-up).");
}
