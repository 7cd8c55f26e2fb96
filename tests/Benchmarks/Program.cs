using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// Run: dotnet run -c Release --project tests/Benchmarks -- --filter '*'   (add --job short for a quick look)
// Benchmarks run in-process: BenchmarkDotNet's generated child project would inherit this repository's
// Directory.Build.props (warnings as errors, central package versions) and fail to build.
var config = DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).AsDefault());
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);

/// <summary>Entry point holder for BenchmarkDotNet's switcher.</summary>
public partial class Program;
