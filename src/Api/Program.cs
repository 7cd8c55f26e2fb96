using StudyGraph.Api.Hosting;

return await StudyGraphApp.RunAsync(args).ConfigureAwait(false);
