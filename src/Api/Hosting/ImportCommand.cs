using StudyGraph.Domain.Catalog.Import;

namespace StudyGraph.Api.Hosting;

/// <summary>
/// <c>dotnet run --project src/Api -- import PATH [--dry-run]</c>: imports one bank file or a folder of banks into the
/// configured store. A bad file is refused whole and every problem is printed; the exit code is 1 then.
/// </summary>
public static class ImportCommand
{
    /// <summary>Runs the command (<paramref name="args"/> starts with <c>import</c>).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        var rest = args.Skip(1).ToList();
        var dryRun = rest.Remove("--dry-run");
        var path = rest.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        if (path is null)
        {
            await error.WriteLineAsync("usage: import PATH [--dry-run]   (PATH: a bank .json file or a folder of them; see seed/README.md)").ConfigureAwait(false);
            return 64;
        }
        var configArgs = rest.Where(a => a != path).ToArray();
        await using var app = await CommandHost.OpenAsync(configArgs, ct).ConfigureAwait(false);
        IReadOnlyList<BankFile> banks;
        try
        {
            banks = await BankFolder.ReadAsync(Path.GetFullPath(path), ct).ConfigureAwait(false);
        }
        catch (FileNotFoundException e)
        {
            await error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return 1;
        }
        var report = await app.Services.GetRequiredService<BankImporter>().ImportAsync(banks, dryRun, ct).ConfigureAwait(false);
        await output.WriteAsync(BankFolder.Describe(report)).ConfigureAwait(false);
        await output.WriteLineAsync(report.AllAccepted
            ? $"{report.QuestionsWritten} questions written{(dryRun ? " (dry run: nothing written)" : "")}."
            : "Refused: fix the problems above; nothing of a refused file was written.").ConfigureAwait(false);
        return report.AllAccepted ? 0 : 1;
    }
}
