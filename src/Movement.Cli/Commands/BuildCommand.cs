using System.CommandLine;
using Movement.Core.IO;

namespace Movement.Cli.Commands;

public static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error, IClock clock)
    {
        var shared = new SharedOptions();
        var outputFolder = new Option<string>("--output", "-o")
        {
            Description = "Where to write the site. It is replaced only when the build has no errors.",
            DefaultValueFactory = _ => "_site",
        };
        var command = new Command("build", "Build the site into the output folder. On any error, nothing is written and the previous site stays as it was.");
        shared.AddTo(command);
        command.Options.Add(outputFolder);
        command.SetAction((result, cancellationToken) =>
            SiteRun.RunAsync(result, shared, result.GetValue(outputFolder)!, output, error, clock, cancellationToken));
        return command;
    }
}
