using StudyGraph.Api.Configuration;

namespace StudyGraph.Api.Hosting;

/// <summary>The services of the API without its web endpoints, with the store open: what the command-line verbs work on.</summary>
internal static class CommandHost
{
    /// <summary>Reads the settings (plus <paramref name="configArgs"/>, <c>--Key=value</c>), registers the services and opens the store. No seed import.</summary>
    public static async Task<WebApplication> OpenAsync(string[] configArgs, CancellationToken ct)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = configArgs });
        builder.Configuration["Seed:OnStart"] = "false";
        var settings = StudyGraphSettings.Load(builder.Configuration, builder.Environment);
        builder.Services.AddStudyGraph(settings, builder.Configuration);
        var app = builder.Build();
        try
        {
            await app.Services.GetRequiredService<StoreHandle>().OpenAsync(ct).ConfigureAwait(false);
            return app;
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
