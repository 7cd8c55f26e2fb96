using System.Diagnostics;
using StudyGraph.Testing;
using StudyGraph.Web.Tests.Support;

namespace StudyGraph.Web.Tests.Codegen;

/// <summary>The codegen step of scripts/build-web.sh is a check: operations that stop matching schema.graphql fail it.</summary>
public sealed class CodegenCheckTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "studygraph-codegen-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void The_dashboard_operations_generate_typed_documents_from_the_schema()
    {
        foreach (var op in Directory.GetFiles(Path.Combine(BrowserSuite.WebDir, "dashboard", "src", "operations"), "*.graphql"))
        {
            Directory.CreateDirectory(_dir);
            File.Copy(op, Path.Combine(_dir, Path.GetFileName(op)));
        }

        var (exit, log) = RunCodegen();

        Assert.True(exit == 0, log);
        var generated = File.ReadAllText(Path.Combine(_dir, "gql", "graphql.ts"));
        Assert.Contains("export const DashboardExamActivityDocument", generated, StringComparison.Ordinal);
        Assert.Contains("DashboardExamActivitySubscriptionVariables = Exact<{\n  examId:", generated, StringComparison.Ordinal);
    }

    [Fact]
    public void An_operation_asking_for_a_field_the_schema_lacks_fails_the_check()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "broken.graphql"),
            "subscription Broken($examId: ID!) { examActivity(examId: $examId) { answersPerHour } }\n");

        var (exit, log) = RunCodegen();

        Assert.NotEqual(0, exit);
        Assert.Contains("answersPerHour", log, StringComparison.Ordinal);
    }

    private (int Exit, string Log) RunCodegen()
    {
        var cli = Path.Combine(BrowserSuite.WebDir, "node_modules", "@graphql-codegen", "cli", "cjs", "bin.js");
        if (!File.Exists(cli)) Assert.Fail("web/node_modules is not installed: run 'bash scripts/build-web.sh --check' first.");
        var schema = Path.Combine(RepoPaths.Root, "schema.graphql").Replace('\\', '/');
        var config = Path.Combine(_dir, "codegen.yml");
        File.WriteAllText(config, $"""
            schema: '{schema}'
            documents: '{_dir.Replace('\\', '/')}/*.graphql'
            generates:
              '{_dir.Replace('\\', '/')}/gql/':
                preset: client
                presetConfig:
                  fragmentMasking: false
            """);
        var psi = new ProcessStartInfo("node") { WorkingDirectory = BrowserSuite.WebDir, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(cli);
        psi.ArgumentList.Add("--config");
        psi.ArgumentList.Add(config);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            p.Kill(entireProcessTree: true);
            Assert.Fail("graphql-codegen did not finish in two minutes");
        }
        return (p.ExitCode, stdout.Result + stderr.Result);
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); }
        catch (IOException) { }
    }
}
