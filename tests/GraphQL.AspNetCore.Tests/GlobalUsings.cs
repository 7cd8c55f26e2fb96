global using StudyGraph.GraphQL.AspNetCore.Tests.Support;
