using System.CommandLine;
using Movement.Cli.Reporting;
using Movement.Core.IO;
using Movement.Site.Building;
using Movement.Theme.Rendering;

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
        command.SetAction(async (result, cancellationToken) =>
        {
            var input = result.GetValue(shared.Input)!;
            var target = result.GetValue(outputFolder)!;
            if (InputFolder.Problem(input, target) is { } problem)
            {
                await error.WriteLineAsync(problem);
                return 1;
            }

            using var theme = new RazorThemeRenderer();
            var options = new BuildOptions(new PhysicalFileSystem(input), new DirectoryOutput(target), clock, theme)
            {
                IncludeDrafts = result.GetValue(shared.Drafts),
                BaseUrl = result.GetValue(shared.BaseUrl),
            };
            var report = await SiteBuilder.BuildAsync(options, cancellationToken);
            new BuildSummary(output, error, input).Write(report, target);
            return report.Succeeded ? 0 : 1;
        });
        return command;
    }
}
