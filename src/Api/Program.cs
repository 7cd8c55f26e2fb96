// Placeholder until the host lands (issue 4): the wiring comes in StudyGraphApp.
Console.Error.WriteLine("StudyGraph API: not wired yet.");
return 1;
