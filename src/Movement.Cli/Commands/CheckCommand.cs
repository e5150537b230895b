using System.CommandLine;
using Movement.Cli.Reporting;
using Movement.Core.IO;
using Movement.Site.Building;
using Movement.Theme.Rendering;

namespace Movement.Cli.Commands;

public static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error, IClock clock)
    {
        var shared = new SharedOptions();
        var command = new Command("check", "Check all content as a build would, and write nothing.");
        shared.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var input = result.GetValue(shared.Input)!;
            if (InputFolder.Problem(input, null) is { } problem)
            {
                await error.WriteLineAsync(problem);
                return 1;
            }

            using var theme = new RazorThemeRenderer();
            var options = new BuildOptions(new PhysicalFileSystem(input), null, clock, theme)
            {
                IncludeDrafts = result.GetValue(shared.Drafts),
                BaseUrl = result.GetValue(shared.BaseUrl),
            };
            var report = await SiteBuilder.BuildAsync(options, cancellationToken);
            new BuildSummary(output, error, input).Write(report, null);
            return report.Succeeded ? 0 : 1;
        });
        return command;
    }
}
