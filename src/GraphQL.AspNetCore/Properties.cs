using System.Runtime.CompilerServices;

// The tests check media-type negotiation and message parsing directly, beside the end-to-end transport tests.
[assembly: InternalsVisibleTo("StudyGraph.GraphQL.AspNetCore.Tests")]
