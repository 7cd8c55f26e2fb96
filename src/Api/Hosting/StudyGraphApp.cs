using StudyGraph.Api.Configuration;
using StudyGraph.Domain.Catalog.Import;
using StudyGraph.GraphQL.Utilities;

namespace StudyGraph.Api.Hosting;

/// <summary>
/// The host: builds the web application (settings checked, store opened, seed imported, endpoints mapped) and runs
/// it, or runs the <c>import PATH</c> or <c>roles EMAIL [ROLE ...]</c> command.
/// </summary>
public static class StudyGraphApp
{
    /// <summary>The entry point: <c>import PATH</c> imports banks, <c>roles EMAIL [ROLE ...]</c> shows or sets a user's roles, and both exit; anything else runs the API.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        try
        {
            if (args.Length > 0 && args[0] == "import") return await ImportCommand.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
            if (args.Length > 0 && args[0] == "roles") return await RolesCommand.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
            await using var app = await BuildAsync(args).ConfigureAwait(false);
            await app.RunAsync().ConfigureAwait(false);
            return 0;
        }
        catch (SettingsException e)
        {
            await Console.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return 2;
        }
        catch (SchemaValidationException e)
        {
            await Console.Error.WriteLineAsync("schema.graphql and the resolvers disagree; refusing to start:\n" + e.Message).ConfigureAwait(false);
            return 3;
        }
    }

    /// <summary>
    /// Builds the application: reads and checks the settings, registers services, opens the store, imports the seed
    /// banks (first start writes them; later starts find nothing to change) and maps the endpoints.
    /// <paramref name="configure"/> lets tests add configuration or services before the build.
    /// </summary>
    public static async Task<WebApplication> BuildAsync(string[] args, Action<WebApplicationBuilder>? configure = null, CancellationToken ct = default)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args });
        configure?.Invoke(builder);
        var settings = StudyGraphSettings.Load(builder.Configuration, builder.Environment);
        builder.Services.AddStudyGraph(settings, builder.Configuration);
        builder.Services.AddStudyGraphHttp(settings, builder.Configuration, builder.Environment);
        var app = builder.Build();
        try
        {
            await InitializeAsync(app.Services, settings, app.Logger, ct).ConfigureAwait(false);
            app.MapStudyGraph();
            return app;
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Opens the store, builds the schema (failing on unbound fields) and imports the seed banks.</summary>
    public static async Task InitializeAsync(IServiceProvider services, StudyGraphSettings settings, ILogger log, CancellationToken ct)
    {
        if (settings.IsProduction && (settings.VerifyEmailUrl is null || settings.ResetPasswordUrl is null))
        {
            log.LogWarning("Accounts:VerifyEmailUrl / Accounts:ResetPasswordUrl are not set: verification and reset e-mails link to the development default {Url}. Set them to your front end's pages (with {{token}}).",
                StudyGraphServices.AccountOptionsOf(settings).ResetPasswordUrl);
        }
        await services.GetRequiredService<StoreHandle>().OpenAsync(ct).ConfigureAwait(false);
        await services.GetRequiredService<Events.EventBusHandle>().StartAsync(ct).ConfigureAwait(false);
        _ = services.GetRequiredService<StudyGraph.GraphQL.Execution.GraphQLRequestExecutor>();
        if (!settings.SeedOnStart) return;
        var banks = await BankFolder.ReadAsync(settings.SeedPath, ct).ConfigureAwait(false);
        var report = await services.GetRequiredService<BankImporter>().ImportAsync(banks, dryRun: false, ct).ConfigureAwait(false);
        if (!report.AllAccepted)
        {
            throw new SettingsException("Seed:Path", "a seed bank was refused:\n" + BankFolder.Describe(report));
        }
        log.LogInformation("Seed banks from {Path}: {Written} questions written ({State}).", settings.SeedPath, report.QuestionsWritten,
            report.WroteAnything ? "first import or changed banks" : "already up to date");
    }
}
