namespace Movement.Cli.Tests.Commands;

public class HelpTests
{
    [Fact]
    public async Task Help_lists_every_command()
    {
        var run = await CliRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("build", run.Output);
        Assert.Contains("check", run.Output);
        Assert.Contains("new", run.Output);
    }

    [Fact]
    public async Task Build_help_explains_its_options()
    {
        var run = await CliRun.Of("build", "--help");

        foreach (var option in new[] { "--input", "--output", "--base-url", "--drafts" })
        {
            Assert.Contains(option, run.Output);
        }

        Assert.Contains("previous site stays", run.Output);
    }
}
