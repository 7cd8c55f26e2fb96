using System.Reflection;
using StudyGraph.Storage.Tests.Mongo.Support;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("StudyGraph.Storage.Tests.Mongo.Support.EnvironmentGatedTestFramework", "StudyGraph.Storage.Tests")]

namespace StudyGraph.Storage.Tests.Mongo.Support;

/// <summary>
/// xunit's own framework, except that every test of a class marked <see cref="RequiresEnvironmentAttribute"/> is
/// discovered as skipped (with the variable and reason) while the variable is unset. A [Fact] cannot be skipped
/// from a derived class, and the store contract's tests are inherited, so the gate sits in discovery.
/// </summary>
public sealed class EnvironmentGatedTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo) =>
        new Discoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Discoverer(IAssemblyInfo assemblyInfo, ISourceInformationProvider sourceProvider, IMessageSink diagnosticMessageSink)
        : XunitTestFrameworkDiscoverer(assemblyInfo, sourceProvider, diagnosticMessageSink)
    {
        protected override bool FindTestsForMethod(ITestMethod testMethod, bool includeSourceInformation, IMessageBus messageBus, ITestFrameworkDiscoveryOptions discoveryOptions)
        {
            var skip = SkipReason(testMethod.TestClass.Class);
            if (skip is null) return base.FindTestsForMethod(testMethod, includeSourceInformation, messageBus, discoveryOptions);
            if (!testMethod.Method.GetCustomAttributes(typeof(FactAttribute)).Any()) return true;
            var testCase = new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(),
                discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, skip);
            return ReportDiscoveredTestCase(testCase, includeSourceInformation, messageBus);
        }

        private static string? SkipReason(ITypeInfo type)
        {
            var gate = type is IReflectionTypeInfo r ? r.Type.GetCustomAttribute<RequiresEnvironmentAttribute>() : null;
            if (gate is null || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(gate.Variable))) return null;
            return $"{gate.Variable} is not set: {gate.Reason}";
        }
    }
}
