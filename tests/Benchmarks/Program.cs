using BenchmarkDotNet.Running;

// Run: dotnet run -c Release --project tests/Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>Entry point holder for BenchmarkDotNet's switcher.</summary>
public partial class Program;
