using StudyGraph.Api.Catalog;
using StudyGraph.Api.Configuration;
using StudyGraph.Api.Events;
using StudyGraph.Api.Schema;
using StudyGraph.Domain.Accounts;
using StudyGraph.Domain.Catalog.Import;
using StudyGraph.Domain.InMemory;
using StudyGraph.Domain.Learning;
using StudyGraph.Domain.Ports;
using StudyGraph.Domain.Sessions.Service;
using StudyGraph.GraphQL.Execution;
using StudyGraph.GraphQL.Types;
using StudyGraph.GraphQL.Validation;

namespace StudyGraph.Api.Hosting;

/// <summary>Registers StudyGraph's services: store ports, Domain services, the event bus, the schema and the executor.</summary>
public static class StudyGraphServices
{
    /// <summary>Adds everything the API needs except the HTTP endpoints.</summary>
    public static IServiceCollection AddStudyGraph(this IServiceCollection services, StudyGraphSettings settings, IConfiguration configuration)
    {
        services.AddSingleton(settings);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<StoreHandle>();
        Port(services, h => h.Providers);
        Port(services, h => h.Exams);
        Port(services, h => h.Questions);
        Port(services, h => h.Repositories.Exams);
        Port(services, h => h.Repositories.Questions);
        Port(services, h => h.Sessions);
        Port(services, h => h.AnswerEvents);
        Port(services, h => h.Users);
        Port(services, h => h.RefreshTokens);
        Port(services, h => h.OneTimeTokens);
        Port(services, h => h.LearnerStats);
        Port(services, h => h.QuestionRatings);
        Port(services, h => h.Goals);
        Port(services, h => h.Bookmarks);
        Port(services, h => h.SessionDocuments);

        services.AddSingleton<IRandomSource, CryptoRandomSource>();
        services.AddSingleton<IRandomBytes>(SystemRandomBytes.Instance);
        services.AddSingleton<IPasswordHasher>(_ => new Pbkdf2PasswordHasher());
        services.AddSingleton<IEmailSender>(sp => new OutboxEmailSender(Path.Combine(settings.DataPath, "outbox"), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IReviewQueueSource>(sp => new ReviewPlanner(sp.GetRequiredService<ILearnerStatsStore>()));
        services.AddSingleton<IDrawHintsSource>(sp => new LearningDrawHints(sp.GetRequiredService<ILearnerStatsStore>()));
        services.AddSingleton(sp => new LearningRecorder(sp.GetRequiredService<ILearnerStatsStore>(), sp.GetRequiredService<IQuestionRatingStore>()));

        services.AddSingleton<InMemoryEventBus>();
        services.AddSingleton<EventBusHandle>();
        services.AddSingleton<IEventBus>(sp => sp.GetRequiredService<EventBusHandle>());
        services.AddSingleton<IEventPublisher, EventPipeline>();
        services.AddSingleton(sp => new Live.ExamActivityHub(sp.GetRequiredService<IEventBus>(), sp.GetRequiredService<IAnswerEventStore>(),
            sp.GetRequiredService<StudyGraph.Storage.Adapters.DocumentSessionRepository>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<Live.ExamActivityHub>>()));

        services.AddSingleton(sp => new StudySessionService(
            sp.GetRequiredService<ISessionRepository>(), sp.GetRequiredService<IQuestionRepository>(), sp.GetRequiredService<IExamRepository>(),
            sp.GetRequiredService<IAnswerEventStore>(), sp.GetRequiredService<IEventPublisher>(), sp.GetRequiredService<IRandomSource>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IReviewQueueSource>(), sp.GetRequiredService<IDrawHintsSource>()));
        services.AddSingleton(sp => new AccountService(
            sp.GetRequiredService<IUserRepository>(), sp.GetRequiredService<IRefreshTokenRepository>(), sp.GetRequiredService<IOneTimeTokenRepository>(),
            sp.GetRequiredService<IEmailSender>(), sp.GetRequiredService<IPasswordHasher>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IRandomBytes>(), sp.GetRequiredService<StoreHandle>().UserData, AccountOptionsOf(settings)));
        services.AddSingleton(sp => new AnalyticsService(
            sp.GetRequiredService<IAnswerEventStore>(), sp.GetRequiredService<ILearnerStatsStore>(), sp.GetRequiredService<IGoalRepository>(),
            sp.GetRequiredService<IExamRepository>(), sp.GetRequiredService<IQuestionRatingStore>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new BankImporter(sp.GetRequiredService<IProviderRepository>(), sp.GetRequiredService<IExamRepository>(),
            sp.GetRequiredService<IQuestionRepository>()));

        services.AddSingleton(_ => StudyGraphSchema.Build(File.ReadAllText(settings.SchemaPath)));
        services.AddSingleton(sp => new GraphQLRequestExecutor(sp.GetRequiredService<GraphQLSchema>(), ExecutorOptions(configuration)));
        return services;
    }

    /// <summary>The engine's limits, from <c>GraphQL:*</c> settings.</summary>
    public static RequestExecutorOptions ExecutorOptions(IConfiguration configuration) => new()
    {
        Validation = new ValidationOptions
        {
            MaxDepth = StudyGraphSettings.Int(configuration, "GraphQL:MaxDepth", 15, 2, 100),
            MaxAliases = StudyGraphSettings.Int(configuration, "GraphQL:MaxAliases", 30, 1, 1000),
            MaxCost = StudyGraphSettings.Int(configuration, "GraphQL:MaxCost", 20_000, 10, 10_000_000),
        },
    };

    /// <summary>The account settings: the e-mail links from <c>Accounts:VerifyEmailUrl</c> / <c>Accounts:ResetPasswordUrl</c>, the rest as documented in <see cref="AccountOptions"/>.</summary>
    public static AccountOptions AccountOptionsOf(StudyGraphSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var defaults = new AccountOptions();
        return defaults with
        {
            VerifyEmailUrl = settings.VerifyEmailUrl ?? defaults.VerifyEmailUrl,
            ResetPasswordUrl = settings.ResetPasswordUrl ?? defaults.ResetPasswordUrl,
        };
    }

    private static void Port<T>(IServiceCollection services, Func<StoreHandle, T> get) where T : class =>
        services.AddSingleton(sp => get(sp.GetRequiredService<StoreHandle>()));
}
