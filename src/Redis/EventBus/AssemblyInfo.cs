using System.Runtime.CompilerServices;

// The echo ledger's ordering rules are tested directly, without a server.
[assembly: InternalsVisibleTo("StudyGraph.Redis.Tests")]
