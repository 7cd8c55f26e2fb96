using Microsoft.Extensions.DependencyInjection;
using StudyGraph.Api.Configuration;
using StudyGraph.Api.Hosting;
using StudyGraph.Api.Schema;
using StudyGraph.Api.Tests.Support;
using StudyGraph.Domain.Ports;
using StudyGraph.GraphQL.Utilities;
using StudyGraph.Testing;

namespace StudyGraph.Api.Tests.Hosting;

public sealed class StartupTests
{
    private static string Contract => File.ReadAllText(Path.Combine(RepoPaths.Root, "schema.graphql"));

    [Fact]
    public void Every_field_of_the_contract_is_bound_in_strict_mode()
    {
        var schema = StudyGraphSchema.Build(Contract);
        Assert.NotNull(schema.GetType("StudySession"));
    }

    [Fact]
    public void A_field_without_a_resolver_stops_the_server_naming_it()
    {
        var sdl = Contract.Replace("type Choice {\n  id: ID!\n", "type Choice {\n  id: ID!\n  unboundExtra: String\n", StringComparison.Ordinal);
        Assert.NotEqual(Contract, sdl);
        var e = Assert.Throws<SchemaValidationException>(() => StudyGraphSchema.Build(sdl));
        Assert.Contains("Choice.unboundExtra", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_resolver_that_names_no_field_stops_the_server_naming_it()
    {
        var sdl = Contract.Replace("  \"Why the answer is right: null under the same rule as correctChoiceIds.\"\n  explanation: String\n", "", StringComparison.Ordinal);
        Assert.NotEqual(Contract, sdl);
        var e = Assert.Throws<SchemaValidationException>(() => StudyGraphSchema.Build(sdl));
        Assert.Contains("explanation", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Storage:Provider", "Cassandra", "Storage:Provider")]
    [InlineData("Storage:Provider", "Mongo", "Storage:Mongo:ConnectionString")]
    [InlineData("Seed:OnStart", "maybe", "Seed:OnStart")]
    [InlineData("GraphQL:MaxDepth", "0", "GraphQL:MaxDepth")]
    [InlineData("Seed:Path", "/no/such/folder", "Seed:Path")]
    [InlineData("Redis:ConnectionString", "redis://:99999999", "Redis:ConnectionString")]
    [InlineData("Accounts:VerifyEmailUrl", "https://app.example.com/verify-email", "Accounts:VerifyEmailUrl")]
    [InlineData("Accounts:ResetPasswordUrl", "/reset-password?token={token}", "Accounts:ResetPasswordUrl")]
    [InlineData("Accounts:ResetPasswordUrl", "javascript:alert({token})", "Accounts:ResetPasswordUrl")]
    public async Task Bad_settings_stop_start_up_with_a_message_naming_the_setting(string key, string value, string named)
    {
        var e = await Assert.ThrowsAsync<SettingsException>(() => ApiHost.StartAsync(settings: new Dictionary<string, string?> { [key] = value }));
        Assert.Equal(named, e.Setting);
        Assert.Contains(named, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_seed_is_imported_on_first_start_and_a_second_start_writes_nothing()
    {
        var data = Path.Combine(Path.GetTempPath(), "studygraph-seed-" + Guid.NewGuid().ToString("N"));
        await using (var first = await ApiHost.StartAsync(dataPath: data))
        {
            var exams = await first.Services.GetRequiredService<IExamRepository>().ListAsync(new ExamQuery(), new PageRequest(100));
            Assert.Equal(4, exams.TotalCount);
        }
        Assert.True(File.Exists(Path.Combine(data, "studygraph.db")));
        await using var second = await ApiHost.StartAsync(dataPath: data);
        var importer = second.Services.GetRequiredService<StudyGraph.Domain.Catalog.Import.BankImporter>();
        var banks = await BankFolder.ReadAsync(Path.Combine(RepoPaths.Root, "seed"), CancellationToken.None);
        var report = await importer.ImportAsync(banks, dryRun: true);
        Assert.True(report.AllAccepted);
        Assert.False(report.WroteAnything);
        Assert.Equal(303, (await second.Services.GetRequiredService<StudyGraph.Storage.Adapters.DocumentQuestionRepository>().CountAsync(null)));
    }

    [Fact]
    public async Task The_import_verb_imports_a_bank_and_refuses_a_broken_one_with_every_problem()
    {
        var data = Path.Combine(Path.GetTempPath(), "studygraph-import-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        var bank = Path.Combine(data, "bank.json");
        File.Copy(Path.Combine(RepoPaths.Root, "seed", "gcp-ace.json"), bank);
        var args = new[] { "import", bank, "--Data:Path=" + data, "--Seed:OnStart=false", "--Jwt:SigningKey=" + ApiHost.TestSigningKey };
        var output = new StringWriter();
        var error = new StringWriter();
        Assert.Equal(0, await ImportCommand.RunAsync(args, output, error));
        Assert.Contains("62 questions written", output.ToString(), StringComparison.Ordinal);

        var broken = Path.Combine(data, "broken.json");
        var text = File.ReadAllText(bank).Replace("\"questionCount\"", "\"questionCountX\"", StringComparison.Ordinal);
        File.WriteAllText(broken, text);
        output = new StringWriter();
        Assert.Equal(1, await ImportCommand.RunAsync(["import", broken, "--Data:Path=" + data, "--Jwt:SigningKey=" + ApiHost.TestSigningKey], output, error));
        Assert.Contains("refused", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("questionCount", output.ToString(), StringComparison.Ordinal);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(data, true);
    }
}
