using StudyGraph.Domain.Catalog.Import;

namespace StudyGraph.Api.Hosting;

/// <summary>Reads question-bank files: one <c>.json</c> file, or every <c>.json</c> file of a folder in name order.</summary>
public static class BankFolder
{
    /// <summary>The banks at <paramref name="path"/>; a missing path or a folder without banks is an error naming it.</summary>
    public static async Task<IReadOnlyList<BankFile>> ReadAsync(string path, CancellationToken ct)
    {
        string[] files;
        if (File.Exists(path)) files = [path];
        else if (Directory.Exists(path)) files = Directory.GetFiles(path, "*.json", SearchOption.TopDirectoryOnly);
        else throw new FileNotFoundException($"No question bank file or folder at '{path}'.", path);
        Array.Sort(files, StringComparer.Ordinal);
        if (files.Length == 0) throw new FileNotFoundException($"The folder '{path}' holds no .json question banks.", path);
        var banks = new List<BankFile>(files.Length);
        foreach (var f in files) banks.Add(new BankFile(Path.GetFileName(f), await File.ReadAllTextAsync(f, ct).ConfigureAwait(false)));
        return banks;
    }

    /// <summary>A readable summary of an import: per file, accepted with its counts, or refused with every problem.</summary>
    public static string Describe(ImportReport report)
    {
        var text = new System.Text.StringBuilder();
        foreach (var f in report.Files)
        {
            if (f.Accepted && f.Plan is { } plan)
            {
                text.Append(f.Name).Append(": accepted (")
                    .Append(plan.Count(ChangeKind.New)).Append(" new, ")
                    .Append(plan.Count(ChangeKind.Changed)).Append(" changed, ")
                    .Append(plan.Count(ChangeKind.Unchanged)).Append(" unchanged)")
                    .Append(f.Applied ? "" : " — not written").AppendLine();
            }
            else
            {
                text.Append(f.Name).Append(": refused, ").Append(f.Problems.Count).AppendLine(f.Problems.Count == 1 ? " problem:" : " problems:");
                foreach (var p in f.Problems) text.Append("  ").AppendLine(p.ToString());
            }
        }
        return text.ToString();
    }
}
