using System.CommandLine;
using Movement.Core.IO;

namespace Movement.Cli.Commands;

public static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error, IClock clock)
    {
        var shared = new SharedOptions();
        var command = new Command("check", "Check all content as a build would, and write nothing.");
        shared.AddTo(command);
        command.SetAction((result, cancellationToken) =>
            SiteRun.RunAsync(result, shared, target: null, output, error, clock, cancellationToken));
        return command;
    }
}
